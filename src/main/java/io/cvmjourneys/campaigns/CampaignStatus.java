package io.cvmjourneys.campaigns;

import java.util.Set;

/** Where a campaign stands: a draft until a second manager approves it; then it waits, sends, and ends. */
public enum CampaignStatus {
    /** Being prepared: changed freely, nothing sent. A second manager approves it. */
    DRAFT,
    /** Approved: the audience is fixed and the campaign waits for its send time. */
    SCHEDULED,
    /** Sending in batches under its rate. */
    SENDING,
    /** Everyone in the audience was handled: sent to, suppressed by a policy, or held out. */
    SENT,
    /** Stopped by a manager: nothing more goes out. */
    STOPPED;

    /** Whether a manager may still stop it. */
    public boolean stoppable() {
        return Set.of(DRAFT, SCHEDULED, SENDING).contains(this);
    }
}
