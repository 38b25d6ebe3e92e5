package io.cvmjourneys.kpi;

import io.cvmjourneys.kpi.ProgramFigures.Placement;
import io.cvmjourneys.kpi.ProgramReport.Difference;
import io.cvmjourneys.kpi.ProgramReport.Rate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An offer in a digital slot over the placement watch's two windows, and when the offer ends (null: no end date). */
record PlacementFigures(int days, Placement last, Placement before, LocalDate validUntil, LocalDate today) {

    /** The inputs of dmn/placement-watch.dmn. */
    Map<String, Object> decisionInputs() {
        Difference drop = new Difference(takeUp(before), takeUp(last));
        return Map.of("proposedNow", last.proposed(),
                "proposalsPerCustomer", perCustomer(),
                "takeUpDropPoints", drop.points() == null ? 0.0 : drop.points(),
                "dropBeyondChance", drop.points() != null && drop.points() > 0 && drop.significant(),
                "offerHasEnd", validUntil != null,
                "daysUntilOfferEnds", validUntil == null ? 0 : (int) ChronoUnit.DAYS.between(today, validUntil));
    }

    /** What the channel team reads: both windows, the change in take-up with its interval, and when the offer ends. */
    String summary() {
        Rate now = takeUp(last);
        Rate earlier = takeUp(before);
        Difference change = new Difference(now, earlier);
        List<Double> interval = change.interval();
        return String.format(Locale.ROOT, "Proposed first %,d times to %,d customers (%.1f each), accepted %,d (%s) in the last %d days,"
                        + " against %,d times, accepted %,d (%s) the %d days before%s. %s", last.proposed(), last.customers(),
                perCustomer(), last.accepted(), percent(now), days, before.proposed(), before.accepted(), percent(earlier), days,
                interval == null ? "" : String.format(Locale.ROOT, ": %+.1f points (95 %% interval %+.1f to %+.1f)", change.points(),
                        interval.get(0), interval.get(1)),
                validUntil == null ? "The offer has no end date." : "The offer runs until " + validUntil + ".");
    }

    private double perCustomer() {
        return last.customers() == 0 ? 0 : Math.round(10.0 * last.proposed() / last.customers()) / 10.0;
    }

    private static Rate takeUp(Placement placement) {
        return new Rate("accepted", placement.accepted(), placement.proposed());
    }

    private static String percent(Rate rate) {
        return rate.percent() == null ? "–" : String.format(Locale.ROOT, "%.1f %%", rate.percent());
    }
}
