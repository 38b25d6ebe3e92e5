package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The customer module's facade: find customers, read a customer's whole context, remember contacts. */
public interface CustomerDirectory {

    /** The whole context in a fixed, small number of queries (never one per product or contact). */
    Optional<CustomerContext> context(String customerId);

    /**
     * Many customers' contexts at once, in the order asked, with the same fixed number of queries for
     * every few hundred customers; ids of no customer are left out.
     */
    List<CustomerContext> contexts(List<String> customerIds);

    /** Customers whose id, name or phone matches; at most {@code limit}, best matches first. */
    List<CustomerSummary> search(String query, int limit);

    /** Remembers that the customer was reached with an action (contact history feeds frequency caps). */
    void recordContact(String customerId, Channel channel, String actionId, String decisionId, Instant contactedAt);
}
