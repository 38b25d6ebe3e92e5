package io.cvmjourneys.kpi;

import java.time.LocalDate;
import org.springframework.ui.Model;

/**
 * The days a KPI page reports on, both included: those the manager chose, else the 90 days to today.
 * A period that ends before it starts is said, not silently swapped, so the manager sees which period
 * the figures are for.
 */
record ReportPeriod(LocalDate firstDay, LocalDate lastDay) {

    static final int DEFAULT_DAYS = 90;

    static ReportPeriod chosen(LocalDate from, LocalDate to, LocalDate today, Model model) {
        LocalDate lastDay = to == null ? today : to;
        LocalDate firstDay = from == null ? lastDay.minusDays(DEFAULT_DAYS - 1) : from;
        if (!firstDay.isAfter(lastDay)) {
            return new ReportPeriod(firstDay, lastDay);
        }
        model.addAttribute("problem", "The period starts (" + firstDay + ") after it ends (" + lastDay
                + "): showing " + lastDay + " to " + firstDay + " instead.");
        return new ReportPeriod(lastDay, firstDay);
    }
}
