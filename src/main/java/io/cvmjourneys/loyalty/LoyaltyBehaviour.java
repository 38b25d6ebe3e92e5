package io.cvmjourneys.loyalty;

/** What the loyalty program rewards (dmn/loyalty-earning.dmn says how many points each earns). */
public enum LoyaltyBehaviour {
    WELCOME(false),
    APP_DOWNLOAD(false),
    /** A prepaid top-up in the app or online; the amount in pounds. */
    DIGITAL_TOP_UP(true),
    ON_TIME_PAYMENT(false),
    /** A bill paid; the amount in pounds. */
    BILL_SPEND(true),
    TENURE_YEAR(false);

    private final boolean hasAmount;

    LoyaltyBehaviour(boolean hasAmount) {
        this.hasAmount = hasAmount;
    }

    /** Whether its points depend on an amount in pounds, which the report must give. */
    public boolean hasAmount() {
        return hasAmount;
    }
}
