package io.cvmjourneys.moments;

import java.time.Instant;
import java.util.Map;

/** A moment of truth as the intake received it; {@code data} holds what the moment type carries. */
public record Moment(String eventId, String customerId, MomentType type, Channel channel, Instant occurredAt,
                     Map<String, Object> data) {

    public Moment {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
