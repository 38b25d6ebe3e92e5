package io.cvmjourneys.kpi;

import io.cvmjourneys.kpi.ProgramFigures.ActionAcceptance;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** How an action did with customers, as the KPI pages count it: for whoever weighs a change to it. */
@Service
public class ActionTakeUp {

    /** @param answered offers the customer answered (accepted, declined, later or no answer recorded) */
    public record TakeUp(long offered, long answered, long accepted) {

        /** "offered 412 times, 120 answered, 31 accepted (25.8 % of the answers)". */
        public String summary() {
            Double percent = ProgramReport.percent(accepted, answered);
            return String.format(Locale.ROOT, "offered %,d times, %,d answered, %,d accepted%s", offered, answered, accepted,
                    percent == null ? "" : String.format(Locale.ROOT, " (%.1f %% of the answers)", percent));
        }
    }

    private final ProgramFigures figures;

    ActionTakeUp(ProgramFigures figures) {
        this.figures = figures;
    }

    /** The action's offers decided from (inclusive) until (exclusive), and their answers. */
    public TakeUp between(String actionId, Instant from, Instant until) {
        return figures.acceptanceOfEveryAction(new Scope(from, until, null)).stream()
                .filter(row -> row.actionId().equals(actionId)).findFirst()
                .map(row -> new TakeUp(row.offered(), row.answered(), row.accepted()))
                .orElse(new TakeUp(0, 0, 0));
    }
}
