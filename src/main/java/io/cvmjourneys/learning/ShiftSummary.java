package io.cvmjourneys.learning;

import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.LearnedPropensities;
import io.cvmjourneys.web.Labels;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The moves of a learning in words an analyst reads in the review task, the largest first. */
@Component
class ShiftSummary {

    /** Lines in the task; the propensities page lists every cell. */
    static final int MOST = 15;

    private final ActionCatalog catalog;
    private final Labels labels;

    ShiftSummary(ActionCatalog catalog, Labels labels) {
        this.catalog = catalog;
        this.labels = labels;
    }

    String of(List<LearnedPropensities.Shift> shifts) {
        Map<String, String> names = catalog.all().stream().collect(Collectors.toMap(Action::id, Action::name));
        String lines = shifts.stream().limit(MOST).map(shift -> line(shift, names)).collect(Collectors.joining("\n"));
        return shifts.size() <= MOST ? lines : lines + "\n… and " + (shifts.size() - MOST) + " smaller moves";
    }

    private String line(LearnedPropensities.Shift shift, Map<String, String> names) {
        return names.getOrDefault(shift.cell().actionId(), shift.cell().actionId()) + " · " + labels.of("segment", shift.cell().segment())
                + " · " + labels.of("channel", shift.cell().channel()) + ": " + points(shift.before()) + " → "
                + points(shift.after()) + " % (" + signed(Math.round(100 * shift.change())) + " points; table "
                + points(shift.table()) + " %; " + shift.accepted() + " of " + shift.answered() + " accepted)";
    }

    private static long points(double share) {
        return Math.round(100 * share);
    }

    private static String signed(long points) {
        return points > 0 ? "+" + points : Long.toString(points);
    }
}
