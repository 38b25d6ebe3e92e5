package io.cvmjourneys.logistics;

import java.util.List;

/**
 * What to send to whom.
 *
 * @param reference unique per journey step (processInstanceId:activityId): the idempotency key
 * @param items     what goes in the parcel, in words the warehouse reads (device, accessories)
 */
public record ShipmentRequest(String reference, String customerId, List<String> items) {

    public ShipmentRequest {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("A shipment needs at least one item");
        }
        items = List.copyOf(items);
    }
}
