package io.cvmjourneys.customer;

import java.time.LocalDate;
import java.util.List;

/** Leased devices across the customer base, for journeys that act before a lease ends. */
public interface DeviceLeases {

    /** A running subscription's device lease that ends on {@code leaseEnd}. */
    record LeaseEnding(String customerId, String subscriptionId, String deviceModel, LocalDate leaseEnd) {
    }

    /** Every lease of a running subscription ending from {@code from} to {@code until}, both included. */
    List<LeaseEnding> endingBetween(LocalDate from, LocalDate until);
}
