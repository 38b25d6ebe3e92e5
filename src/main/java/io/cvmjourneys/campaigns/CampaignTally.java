package io.cvmjourneys.campaigns;

import java.util.List;

/**
 * What became of a campaign's audience so far: held out, waiting for their batch, handed to the
 * outbox (and what the outbox did with it), suppressed by a policy (by which), or stopped; and the
 * answers recorded to the offers that went out.
 */
public record CampaignTally(long audience, long heldOut, long waiting, long queued, long suppressed, long stopped,
                            List<Count> suppressedBy, List<Count> messages, List<Count> answers) {

    /** How many customers or messages got one label (a policy, a message status, an answer). */
    public record Count(String label, long count) {
    }

    public CampaignTally {
        suppressedBy = List.copyOf(suppressedBy);
        messages = List.copyOf(messages);
        answers = List.copyOf(answers);
    }
}
