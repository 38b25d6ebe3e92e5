package io.cvmjourneys.journeys.billshock;

/** What made a bill higher than the last, as the billing run says it, and as the customer reads it. */
enum BillCause {
    OUT_OF_BUNDLE_DATA("data used beyond your plan's allowance"),
    ROAMING("using your phone abroad"),
    PREMIUM_SERVICES("premium-rate numbers and services"),
    ONE_OFF_CHARGE("a one-off charge"),
    PRICE_CHANGE("the new price of your plan");

    private final String asCustomersReadIt;

    BillCause(String asCustomersReadIt) {
        this.asCustomersReadIt = asCustomersReadIt;
    }

    String asCustomersReadIt() {
        return asCustomersReadIt;
    }
}
