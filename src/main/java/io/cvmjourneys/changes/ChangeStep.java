package io.cvmjourneys.changes;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One team's decision on a change: analytics' review, a channel's approval (with the day it can start),
 * the manager's revision after a send-back, an override.
 */
public record ChangeStep(long id, String team, Channel channel, String decision, String findings, LocalDate startsOn,
                         String decidedBy, Instant decidedAt) {
}
