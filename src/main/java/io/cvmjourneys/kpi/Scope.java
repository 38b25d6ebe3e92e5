package io.cvmjourneys.kpi;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;

/**
 * What the dashboard looks at: journeys started and decisions made in [from, to), optionally only
 * those of one channel (the channel of the moment that started the journey or asked for the decision).
 */
record Scope(Instant from, Instant to, Channel channel) {

    boolean hasChannel() {
        return channel != null;
    }
}
