package io.cvmjourneys.kpi;

import io.cvmjourneys.customer.CustomerComplaints.ComplaintRate;
import io.cvmjourneys.kpi.ProgramReport.Difference;
import io.cvmjourneys.kpi.ProgramReport.Rate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An action's figures over the action watch's two windows, the last days and as many before them:
 * accepted of the offers customers answered, and complaints linked to it per 1,000 deliveries.
 */
record ActionWatchFigures(int days, Rate acceptedNow, Rate acceptedBefore, ComplaintRate complaintsNow,
                          ComplaintRate complaintsBefore) {

    /** The inputs of dmn/action-watch.dmn; a rate nobody measured counts as 0 there, and its minimum counts keep it out. */
    Map<String, Object> decisionInputs() {
        Difference drop = new Difference(acceptedBefore, acceptedNow);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("answersNow", acceptedNow.outOf());
        inputs.put("answersBefore", acceptedBefore.outOf());
        inputs.put("acceptanceDropPoints", drop.points() == null ? 0.0 : drop.points());
        inputs.put("acceptanceDropSignificant", drop.points() != null && drop.points() > 0 && drop.significant());
        inputs.put("deliveriesNow", complaintsNow.deliveries());
        inputs.put("complaintsPerThousandNow", complaintsNow.perThousand().orElse(0));
        inputs.put("complaintsPerThousandRise", complaintsNow.perThousand().orElse(0) - complaintsBefore.perThousand().orElse(0));
        return inputs;
    }

    /** "Accepted 12 of 40 answers (30.0 %) against 25 of 45 (55.6 %) the 14 days before: 25.6 points down (95 % interval …)". */
    String acceptanceSummary() {
        if (acceptedNow.outOf() == 0 && acceptedBefore.outOf() == 0) {
            return "No offer of it was answered in the last %d days or the %d days before.".formatted(days, days);
        }
        Difference change = new Difference(acceptedNow, acceptedBefore);
        String summary = "Accepted %d of %d answers%s in the last %d days, against %d of %d%s the %d days before".formatted(
                acceptedNow.count(), acceptedNow.outOf(), percent(acceptedNow), days, acceptedBefore.count(),
                acceptedBefore.outOf(), percent(acceptedBefore), days);
        List<Double> interval = change.interval();
        if (change.points() == null || interval == null) {
            return summary + ".";
        }
        return summary + String.format(Locale.ROOT, ": %+.1f points (95 %% interval %+.1f to %+.1f%s).", change.points(),
                interval.get(0), interval.get(1), change.significant() ? ", beyond chance" : ", within chance");
    }

    /** "15 complaints in 275 deliveries (54.5 per 1,000) in the last 14 days, against 13 in 252 (51.6 per 1,000) …". */
    String complaintsSummary() {
        return "%d complaints in %d deliveries (%s per 1,000) in the last %d days, against %d in %d (%s per 1,000) the %d days before."
                .formatted(complaintsNow.complaints(), complaintsNow.deliveries(), complaintsNow.perThousandText(), days,
                        complaintsBefore.complaints(), complaintsBefore.deliveries(), complaintsBefore.perThousandText(), days);
    }

    private static String percent(Rate rate) {
        return rate.percent() == null ? "" : String.format(Locale.ROOT, " (%.1f %%)", rate.percent());
    }
}
