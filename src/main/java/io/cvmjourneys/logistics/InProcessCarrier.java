package io.cvmjourneys.logistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A carrier simulated in the application, backed by {@code cvm.shipment}: an order is picked and
 * shipped the next working morning's run (20 hours) and delivered two days after it was placed.
 * Time is the journeys' clock, so process tests that move it see parcels move.
 */
@Component
class InProcessCarrier implements Logistics {

    static final Duration SHIPS_AFTER = Duration.ofHours(20);
    static final Duration ARRIVES_AFTER = Duration.ofDays(2);
    private static final String SELECT = "SELECT order_id, tracking_number, status, ordered_at, shipped_at, delivered_at"
            + " FROM cvm.shipment";

    private final JdbcClient jdbc;
    private final Clock clock;

    InProcessCarrier(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Shipment order(ShipmentRequest request) {
        Optional<Shipment> earlier = jdbc.sql(SELECT + " WHERE reference = ?").param(request.reference())
                .query(InProcessCarrier::shipment).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String orderId = "ORD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String tracking = "CVM" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 10_000_000_000L);
        jdbc.sql("""
                        INSERT INTO cvm.shipment (order_id, reference, customer_id, items, tracking_number, status, ordered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(orderId, request.reference(), request.customerId(), String.join(", ", request.items()), tracking,
                        ShipmentStatus.ORDERED.name(), Timestamp.from(clock.instant()))
                .update();
        return track(orderId);
    }

    /** Moves the parcel on as far as the time allows, records each move once, and answers where it is. */
    @Override
    @Transactional
    public Shipment track(String orderId) {
        Shipment shipment = jdbc.sql(SELECT + " WHERE order_id = ?").param(orderId).query(InProcessCarrier::shipment)
                .optional().orElseThrow(() -> new IllegalArgumentException("The carrier has no order " + orderId));
        Instant now = clock.instant();
        Instant shipsAt = shipment.orderedAt().plus(SHIPS_AFTER);
        Instant arrivesAt = shipment.orderedAt().plus(ARRIVES_AFTER);
        if (shipment.shippedAt() == null && !now.isBefore(shipsAt)) {
            move(orderId, ShipmentStatus.SHIPPED, "shipped_at", shipsAt);
        }
        if (shipment.deliveredAt() == null && !now.isBefore(arrivesAt)) {
            move(orderId, ShipmentStatus.DELIVERED, "delivered_at", arrivesAt);
        }
        return jdbc.sql(SELECT + " WHERE order_id = ?").param(orderId).query(InProcessCarrier::shipment).single();
    }

    private void move(String orderId, ShipmentStatus status, String column, Instant at) {
        jdbc.sql("UPDATE cvm.shipment SET status = ?, " + column + " = ? WHERE order_id = ?")
                .params(status.name(), Timestamp.from(at), orderId).update();
    }

    private static Shipment shipment(ResultSet row, int rowNumber) throws SQLException {
        return new Shipment(row.getString("order_id"), row.getString("tracking_number"),
                ShipmentStatus.valueOf(row.getString("status")), instant(row.getTimestamp("ordered_at")),
                instant(row.getTimestamp("shipped_at")), instant(row.getTimestamp("delivered_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
