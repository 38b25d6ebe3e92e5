package io.cvmjourneys.logistics;

import java.time.Instant;

/** An order the partner has, with its tracking number and the times it moved (null until it does). */
public record Shipment(String orderId, String trackingNumber, ShipmentStatus status, Instant orderedAt,
                       Instant shippedAt, Instant deliveredAt) {

    public boolean isDelivered() {
        return status == ShipmentStatus.DELIVERED;
    }
}
