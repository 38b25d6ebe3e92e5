package io.cvmjourneys.customer;

/** What a customer agreed to be contacted for; consent is given per purpose and channel. */
public enum ConsentPurpose {
    /** Offers and promotions: commercial actions need it. */
    MARKETING,
    /** Information about the customer's own service: apologies, tips, outage notices. */
    SERVICE
}
