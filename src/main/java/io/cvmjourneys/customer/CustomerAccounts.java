package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Changes journeys make to a customer's account. Each change carries a reference unique to the
 * journey step (process instance and activity): the same reference twice changes nothing, so a
 * retried or re-delivered step never applies a discount or a cancellation twice.
 */
public interface CustomerAccounts {

    /** A retention discount on the customer's bills from {@code effectiveOn}. */
    void applyDiscount(String customerId, int percentOff, int months, LocalDate effectiveOn, String reference);

    /** Ends every running subscription on {@code effectiveOn}, keeping the stated reason. */
    void cancelSubscriptions(String customerId, LocalDate effectiveOn, String reason, String reference);

    /** Brings back the subscriptions a cancellation ended. */
    void reactivateSubscriptions(String customerId, LocalDate effectiveOn, String reference);

    /** A one-off credit on the customer's next bill, e.g. an apology, with the reason the customer is told. */
    void applyCredit(String customerId, BigDecimal amount, String reason, LocalDate effectiveOn, String reference);

    /**
     * A line's contract renewed from {@code effectiveOn}: its plan and monthly fee from then, and its
     * contract running {@code months} from that day.
     */
    void renewContract(String customerId, String subscriptionId, String plan, BigDecimal monthlyFee, int months,
                       LocalDate effectiveOn, String reference);

    /** A one-off charge on the customer's next bill (a roaming pass), with what it is for. */
    void addCharge(String customerId, BigDecimal amount, String reason, LocalDate effectiveOn, String reference);

    /** Data roaming stopped on the account from {@code effectiveOn} (the network reads it), and why. */
    void capRoamingData(String customerId, String reason, LocalDate effectiveOn, String reference);

    /** A line moved to another plan (or given an add-on) from {@code effectiveOn}: its plan name and monthly fee from then. */
    void changePlan(String customerId, String subscriptionId, String plan, BigDecimal monthlyFee, LocalDate effectiveOn,
                    String reference);
}
