package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;

/** A complaint the customer filed; {@code resolvedAt} is null while it is open. */
public record Complaint(String id, Channel channel, String category, String summary, Instant filedAt, Instant resolvedAt) {

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
