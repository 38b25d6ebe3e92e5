package io.cvmjourneys.campaigns;

import java.time.Instant;

/** A campaign as it stands, with the last change (who and when) and the process that sends it once approved. */
public record Campaign(long id, CampaignDraft draft, String actionName, CampaignStatus status, int version,
                       String changedBy, Instant changedAt, String processInstanceId) {

    public String name() {
        return draft.name();
    }

    /** The reference of its decisions in the decision log and of its messages in the outbox. */
    String reference() {
        return "campaign:" + id;
    }
}
