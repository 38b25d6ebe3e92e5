package io.cvmjourneys.logistics;

/**
 * The delivery partner as the application sees it. Orders are idempotent by the caller's
 * reference, so a retried journey step never ships twice.
 */
public interface Logistics {

    /** Hands the order to the partner; the same reference again answers the shipment placed first. */
    Shipment order(ShipmentRequest request);

    /** How far the shipment has come. */
    Shipment track(String orderId);
}
