package io.cvmjourneys.changes;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposed change and where it stands.
 *
 * @param summary   what changes, as the lists and the reviewers read it
 * @param channels  the channels the manager said it touches (the evidence may add more)
 * @param notBefore the first day it may go live; null: as soon as it is approved
 * @param modelFile the decision table's file name, as uploaded
 */
public record ModelChange(long id, ChangeKind kind, String subject, String summary, String reason, List<Channel> channels,
                          LocalDate notBefore, String modelFile, String proposedBy, Instant proposedAt, ChangeStatus status,
                          String closedBy, Instant closedAt, String closedNote) {

    public ModelChange {
        channels = List.copyOf(channels);
    }

    /** The change journey's business key. */
    public String reference() {
        return ModelChanges.PROCESS + ":change-" + id;
    }
}
