package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What payments collection reads and changes on a customer's account: overdue invoices, payment
 * history, barring, payment plans and their instalments. Like {@link CustomerAccounts}, every change
 * carries a reference unique to the journey step: the same reference twice changes nothing.
 */
public interface CustomerCollections {

    /** The customer's invoice while it is unpaid, whether or not its due date has passed. */
    Optional<OpenInvoice> openInvoice(String customerId, String invoiceId);

    /** Invoices paid after their due date among those due in the year before {@code today}: the customer's payment history. */
    int latePaymentsInYearBefore(String customerId, LocalDate today);

    /** What the customer usually pays: the average of the last {@code bills} invoices issued before {@code today}; empty with none. */
    Optional<BigDecimal> usualBill(String customerId, LocalDate today, int bills);

    /** Unpaid invoices whose due date has passed, oldest first: what a billing run hands to collection. */
    List<OpenInvoice> overdueInvoices(LocalDate today, int limit);

    /**
     * The channels the customer agreed to hear about this purpose through and can be reached by
     * (e-mail only with an address): one light query, for notices sent to thousands at once.
     */
    Set<Channel> reachableFor(String customerId, ConsentPurpose purpose);

    /**
     * Where a service message or notice goes: the first of {@code preference} the customer agreed to hear
     * about their service on and can be reached by, else SMS (a notice must reach the customer somehow).
     */
    default Channel serviceChannel(String customerId, List<Channel> preference) {
        Set<Channel> reachable = reachableFor(customerId, ConsentPurpose.SERVICE);
        return preference.stream().filter(reachable::contains).findFirst().orElse(Channel.SMS);
    }

    /** Bars the customer's services at this level (a higher level replaces a lower one). */
    void bar(String customerId, BarringLevel level, Instant at, String reference);

    /** Lifts any barring; answers whether the customer was barred. */
    boolean liftBarring(String customerId, Instant at, String reference);

    Optional<BarringLevel> barring(String customerId);

    /** The invoice is paid: a payment of its amount is recorded and the invoice closed. */
    void settleInvoice(String customerId, String invoiceId, Instant paidAt, String reference);

    /** An upheld dispute: the invoice is credited in full and closed. */
    void creditInvoice(String customerId, String invoiceId, LocalDate on, String reason, String reference);

    /**
     * Splits the invoice into {@code instalments} equal monthly instalments, the first due on
     * {@code firstDueOn}; the plan's id is the reference. Answers the first instalment.
     */
    Instalment startPaymentPlan(String customerId, String invoiceId, int instalments, LocalDate firstDueOn,
                                Instant at, String reference);

    /**
     * Records the plan's oldest open instalment as paid; answers the next open one, or empty when the
     * plan is paid off (then the invoice is settled too).
     */
    Optional<Instalment> payInstalment(String planId, Instant paidAt);

    /** A missed instalment ends the plan; the unpaid rest stays on the invoice. */
    void breakPaymentPlan(String planId, Instant at);

    /** The unpaid invoice goes to the collections agency (its amount recorded with the hand-off). */
    void handOffToCollections(String customerId, String invoiceId, Instant at, String reference);

    /** Whether the customer pays by direct debit: the bank collects each bill on its due date. */
    boolean paysByDirectDebit(String customerId);

    /** The customer pays by direct debit from now on; a customer who already does keeps the mandate they have. */
    void setUpDirectDebit(String customerId, Instant at, String reference);

    /** An unpaid invoice. */
    record OpenInvoice(String id, String customerId, BigDecimal amount, LocalDate dueOn) {
    }

    /** One instalment of a payment plan, numbered from 1. */
    record Instalment(String planId, int number, int of, BigDecimal amount, LocalDate dueOn) {
    }

    /** How much of the service is barred for non-payment. */
    enum BarringLevel {
        /** Outgoing calls and data barred; incoming calls and emergency numbers work. */
        PARTIAL,
        /** Everything but emergency numbers barred. */
        FULL
    }
}
