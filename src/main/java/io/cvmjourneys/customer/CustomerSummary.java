package io.cvmjourneys.customer;

/** A search hit: enough to tell customers apart on a search page. */
public record CustomerSummary(String id, String name, String phone, CustomerType type, Segment segment) {
}
