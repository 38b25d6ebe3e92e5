package io.cvmjourneys.logistics;

/** Where a parcel is. */
public enum ShipmentStatus {
    ORDERED,
    SHIPPED,
    DELIVERED
}
