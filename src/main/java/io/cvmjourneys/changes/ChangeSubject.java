package io.cvmjourneys.changes;

import io.cvmjourneys.moments.Channel;
import java.util.Map;
import java.util.Set;

/** What one kind of change needs: what may be proposed, the evidence for its reviewers, and how it goes live. */
interface ChangeSubject {

    /**
     * The evidence analytics reviews; for each channel it touches, what the channel team needs to judge it,
     * and what it knows of the other channels (for a channel the proposer names).
     */
    record Evidence(String summary, Map<Channel, String> touched, Map<Channel, String> figures) {

        Evidence(String summary) {
            this(summary, Map.of(), Map.of());
        }
    }

    /** Whether it went live, and what happened, in words for the change's history. */
    record Applied(boolean live, String what) {
    }

    Set<ChangeKind> kinds();

    /** What changes, as the lists and the reviewers read it: "Launch of the program “Referrals”". */
    String summary(ModelChanges.Proposal proposal);

    /**
     * Refuses what could not go live as proposed (404 for an unknown subject, 400 for a broken model, 409 for a
     * wrong state); answers what the change keeps to apply later (the table's file, the action's definition), if any.
     */
    String check(ModelChanges.Proposal proposal);

    Evidence evidence(ModelChange change, String model);

    Applied apply(ModelChange change, String model, String note);
}
