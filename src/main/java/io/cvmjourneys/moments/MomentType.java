package io.cvmjourneys.moments;

/** The moments of truth the CVM playbook names, where a customer's loyalty is won or lost. */
public enum MomentType {
    CANCELLATION_REQUEST,
    PORT_OUT_REQUEST,
    /** Billing issued an invoice the customer pays by its due date ({@code data.invoiceId}). */
    INVOICE_ISSUED,
    INVOICE_OVERDUE,
    PAYMENT_RECEIVED,
    PROMISE_TO_PAY,
    MOVE_REQUESTED,
    INSTALLATION_COMPLETED,
    DEVICE_LEASE_ENDING,
    UPGRADE_REQUESTED,
    DEVICE_MALFUNCTION,
    COMPLAINT_SUBMITTED,
    SURVEY_ANSWERED,
    OFFER_ANSWERED,
    /** The network reported an incident (an outage, a degradation, planned works) affecting the customer's service. */
    SERVICE_OUTAGE,
    STORE_VISIT,
    CALL_CENTER_CONTACT,
    DIGITAL_VISIT,
    ALLOWANCE_EXCEEDED,
    CONTRACT_ENDING,
    /** Prepaid: the package's data, minutes or texts ran out before the package expired. */
    PACKAGE_RAN_OUT_EARLY,
    /** Prepaid: the package expired without being renewed. */
    PACKAGE_EXPIRED,
    /** Prepaid: the account balance ran out. */
    BALANCE_RAN_OUT,
    /** An add-on was activated on a line (an eSIM for a smartwatch, say). */
    ADDON_ACTIVATED,
    /** The home network changed: more devices on the wi-fi, a new router, a smart TV. */
    HOME_DEVICE_CHANGED,
    /** The customer bought a plan, package or add-on themselves (self-care, a shop, a top-up voucher). */
    PRODUCT_PURCHASED,
    /** A new contract was signed: a new customer, or a new line or home connection. */
    CONTRACT_SIGNED,
    /** Prepaid: a new SIM card was activated. */
    SIM_ACTIVATED,
    /** The network or the app saw a line used for the first time: the first call, the first data, the first app login. */
    SERVICE_FIRST_USED,
    /** Prepaid: the balance was topped up. */
    TOP_UP,
    /** The customer booked travel abroad (through a partner, or told us). */
    TRAVEL_BOOKED,
    /** The network saw the customer's line on a foreign network: they landed abroad. */
    ROAMING_STARTED,
    /** The network's running total of what a trip abroad has cost beyond any pass. */
    ROAMING_SPEND,
    /** The network saw the line back on the home network. */
    ROAMING_ENDED,
    /** The network fixed the incident (an outage, a degradation) that affected the customer's service. */
    SERVICE_RESTORED,
    /** The billing run prepared the customer's next bill, higher than the last, before it goes out. */
    BILL_PREPARED,
    /**
     * A sign the customer may leave: a high churn score from the analytics model, a serious service
     * interruption, repeated complaints, a bill far above the usual, a call about a competitor's offer.
     */
    CHURN_RISK,
    /** The customer joined the loyalty program (in the app, a store, with the call center). */
    LOYALTY_JOINED,
    /** The customer left the loyalty program. */
    LOYALTY_LEFT,
    /** A friend joined with a customer's referral code: the order that activated their line or connection said so. */
    REFERRED_FRIEND_JOINED,
    /**
     * Not the customer's moment but the operator's: a CVM manager's one-off campaign reaches out to a
     * segment. Campaign contacts are decided and logged under it; no journey starts on it.
     */
    CAMPAIGN
}
