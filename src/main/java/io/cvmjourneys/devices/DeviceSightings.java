package io.cvmjourneys.devices;

import io.cvmjourneys.moments.KnownCustomers;
import io.cvmjourneys.web.ApiException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The network's device feed: which device model the network saw on a customer's line, and when.
 * Per customer and model it keeps the first and the last time seen; a report only ever widens that
 * span, so the same report again (a feed that resends, two nodes, a retry) changes nothing.
 */
@Service
public class DeviceSightings {

    /** A network clock a little ahead of ours is not a report from the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public record Sighting(String customerId, String deviceModel, Instant firstSeenAt, Instant lastSeenAt) {
    }

    private final JdbcClient jdbc;
    private final KnownCustomers customers;
    private final Clock clock;

    DeviceSightings(JdbcClient jdbc, KnownCustomers customers, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.clock = clock;
    }

    /** Records that the network saw the model on the customer's line; refuses an unknown customer, model or a future time. */
    public Sighting record(String customerId, String deviceModel, Instant seenAt) {
        if (!customers.exists(customerId)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No customer " + customerId, "customerId");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM cvm.device_model WHERE id = ?").param(deviceModel).query(Long.class).single() == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "No device model " + deviceModel + " in the device catalog",
                    "deviceModel");
        }
        if (seenAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "seenAt " + seenAt + " lies in the future", "seenAt");
        }
        if (!widen(customerId, deviceModel, seenAt)) {
            try {
                jdbc.sql("INSERT INTO cvm.device_usage (customer_id, device_model_id, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)")
                        .params(customerId, deviceModel, Timestamp.from(seenAt), Timestamp.from(seenAt)).update();
            } catch (DuplicateKeyException reportedMeanwhile) {
                widen(customerId, deviceModel, seenAt);
            }
        }
        return jdbc.sql("SELECT first_seen_at, last_seen_at FROM cvm.device_usage WHERE customer_id = ? AND device_model_id = ?")
                .params(customerId, deviceModel)
                .query((row, n) -> new Sighting(customerId, deviceModel, row.getTimestamp(1).toInstant(),
                        row.getTimestamp(2).toInstant()))
                .single();
    }

    private boolean widen(String customerId, String deviceModel, Instant seenAt) {
        Timestamp at = Timestamp.from(seenAt);
        return jdbc.sql("""
                        UPDATE cvm.device_usage
                           SET first_seen_at = CASE WHEN first_seen_at > ? THEN ? ELSE first_seen_at END,
                               last_seen_at = CASE WHEN last_seen_at < ? THEN ? ELSE last_seen_at END
                         WHERE customer_id = ? AND device_model_id = ?""")
                .params(at, at, at, at, customerId, deviceModel).update() > 0;
    }
}
