package io.cvmjourneys.customer;

import java.time.LocalDate;
import java.util.List;

/** Contracts across the customer base, for journeys that act before a contract ends. */
public interface Contracts {

    /** A running subscription whose contract ends on {@code contractEnd}. */
    record ContractEnding(String customerId, String subscriptionId, LocalDate contractEnd) {
    }

    /** Every contract of a running subscription ending from {@code from} to {@code until}, both included. */
    List<ContractEnding> contractsEndingBetween(LocalDate from, LocalDate until);
}
