package io.cvmjourneys.customer;

import java.time.Instant;

/** A service incident (outage, degradation) open in the customer's area. */
public record Incident(String id, String areaCode, String kind, String title, Instant startedAt) {
}
