package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A set of customers with everything recorded about them, as rows to write: the demo's synthetic
 * base, or a test's fixture. Also carries what the context never shows (payments, withdrawn
 * consents, resolved incidents), so it is not made of context records alone.
 */
record CustomerBase(List<Customer> customers, List<Owned<Subscription>> subscriptions, List<Invoice> invoices,
                    List<Payment> payments, List<ServiceIncident> incidents, List<Owned<Contact>> contacts,
                    List<ConsentDecision> consents, List<Owned<Complaint>> complaints) {

    CustomerBase {
        customers = List.copyOf(customers);
        subscriptions = List.copyOf(subscriptions);
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
        incidents = List.copyOf(incidents);
        contacts = List.copyOf(contacts);
        consents = List.copyOf(consents);
        complaints = List.copyOf(complaints);
    }

    /** A record of the context that does not name its customer, with the customer it belongs to. */
    record Owned<T>(String customerId, T item) {
    }

    /** paidOn is null while unpaid. */
    record Invoice(String id, String customerId, BigDecimal amount, LocalDate issuedOn, LocalDate dueOn, LocalDate paidOn) {
    }

    record Payment(String id, String customerId, String invoiceId, BigDecimal amount, Instant paidAt) {
    }

    /** resolvedAt is null while open. */
    record ServiceIncident(Incident incident, Instant resolvedAt) {
    }

    /** granted false: the customer withdrew or refused this consent. */
    record ConsentDecision(String customerId, Consent consent, boolean granted, Instant decidedAt) {
    }
}
