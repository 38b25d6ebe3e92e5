package io.cvmjourneys.moments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;

/** POST /api/moments, as a channel system or the workspace sends it. */
record MomentRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may hold letters, digits and . _ : - only")
        String eventId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "may hold letters, digits and - only")
        String customerId,
        @NotNull MomentType type,
        @NotNull Channel channel,
        Instant occurredAt,
        Map<String, Object> data) {

    Moment toMoment(Instant receivedAt) {
        return new Moment(eventId, customerId, type, channel, occurredAt == null ? receivedAt : occurredAt, data);
    }
}
