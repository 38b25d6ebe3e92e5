package io.cvmjourneys.feedback;

import io.cvmjourneys.customer.CustomerComplaints.ComplaintRate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The CX dashboard: what complaints say about the programs and actions, over a chosen period. */
@Controller
@PreAuthorize("hasAnyAuthority('cx-team', 'cvm-managers', 'camunda-admin')")
class CxDashboardController {

    static final String VIEW = "feedback/cx-dashboard";
    static final int DEFAULT_DAYS = 30;

    private final CxFigures figures;
    private final Clock clock;

    CxDashboardController(CxFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** @param to the last day of the period, included */
    @GetMapping("/cx/dashboard")
    String showDashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         Model model) {
        LocalDate lastDay = to == null ? LocalDate.now(clock) : to;
        LocalDate firstDay = from == null || from.isAfter(lastDay) ? lastDay.minusDays(DEFAULT_DAYS - 1) : from;
        var start = firstDay.atStartOfDay(clock.getZone()).toInstant();
        var end = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        model.addAttribute("from", firstDay);
        model.addAttribute("to", lastDay);
        List<ComplaintRate> perAction = figures.perAction(start, end);
        List<ComplaintRate> perProgram = figures.perProgram(start, end);
        List<CxFigures.Tnps> tnps = figures.tnpsByJourney(start, end);
        model.addAttribute("perAction", perAction);
        model.addAttribute("perProgram", perProgram);
        model.addAttribute("resolution", figures.resolution(start, end));
        model.addAttribute("tnps", tnps);
        // the charts' series, in the tables' order
        model.addAttribute("charts", Map.of(
                "actions", series(perAction, ComplaintRate::subject, CxDashboardController::knownRate),
                "programs", series(perProgram, ComplaintRate::subject, CxDashboardController::knownRate),
                "tnps", series(tnps, CxFigures.Tnps::journey, row -> (double) row.score())));
        return VIEW;
    }

    /** A chart leaves a gap where the rate is unknown rather than drawing it as zero. */
    private static Double knownRate(ComplaintRate rate) {
        return rate.perThousand().isPresent() ? rate.perThousand().getAsDouble() : null;
    }

    private static <T> Map<String, List<?>> series(List<T> rows, Function<T, String> label, Function<T, Double> value) {
        return Map.of("labels", rows.stream().map(label).toList(), "values", rows.stream().map(value).toList());
    }
}
