package io.cvmjourneys.moments;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A moment of truth as the intake received it; {@code data} holds what the moment type carries. A
 * field sent as {@code null} is a field not sent, as JSON readers take it.
 */
public record Moment(String eventId, String customerId, MomentType type, Channel channel, Instant occurredAt,
                     Map<String, Object> data) {

    public Moment {
        data = data == null ? Map.of() : data.entrySet().stream().filter(field -> field.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
