package io.cvmjourneys.campaigns;

import java.time.Instant;
import java.util.List;

/**
 * What a launch would do at {@code judgedAt} (the send time, or now once it has passed), judged by the
 * same NBA policies as every decision and writing nothing: the audience, the share held out, how many
 * would wait for their quiet hours to end, how many the action would reach by each channel, and how
 * many each policy would suppress, with one of its reasons as an example.
 */
public record DryRun(long audience, long heldOut, long waitingOutQuietHours, long reached, List<CampaignTally.Count> byChannel,
                     List<Suppressed> suppressedBy, Instant judgedAt) {

    public record Suppressed(String policy, long customers, String example) {
    }

    public DryRun {
        byChannel = List.copyOf(byChannel);
        suppressedBy = List.copyOf(suppressedBy);
    }
}
