package io.cvmjourneys.nba;

import java.util.List;

/**
 * A proposed action, best first: its score (propensity × value × program weight), why the table
 * proposed it, and notes from arbitration (e.g. a mandatory notice sent despite a contact cap).
 *
 * @param learned how the propensity was learned from similar customers' answers; null while none is in force
 */
public record RankedAction(String actionId, String name, String program, ActionKind kind, double score, String reason,
                           List<String> notes, PropensityEvidence learned) {

    public RankedAction {
        notes = List.copyOf(notes);
    }
}
