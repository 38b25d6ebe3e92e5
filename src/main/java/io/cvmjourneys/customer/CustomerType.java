package io.cvmjourneys.customer;

/** How the customer buys: pay-as-you-go mobile, contract mobile, or fixed broadband at home. */
public enum CustomerType {
    PREPAID,
    POSTPAID,
    HOME
}
