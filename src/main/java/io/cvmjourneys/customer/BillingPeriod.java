package io.cvmjourneys.customer;

import java.time.LocalDate;

/** The days a customer is billed at one address: {@code from} to {@code until} inclusive; until is null while it runs. */
public record BillingPeriod(Address address, LocalDate from, LocalDate until) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
