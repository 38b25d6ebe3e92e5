package io.cvmjourneys.loyalty;

/** What the loyalty program rewards (dmn/loyalty-earning.dmn says how many points each earns). */
public enum LoyaltyBehaviour {
    /** Joining: the membership journey books it. */
    WELCOME(false, false),
    APP_DOWNLOAD(false, true),
    /** A prepaid top-up in the app or online; the amount in pounds. */
    DIGITAL_TOP_UP(true, true),
    ON_TIME_PAYMENT(false, true),
    /** A bill paid; the amount in pounds. */
    BILL_SPEND(true, true),
    /** Another year with us: the membership journey books it in the month the customer joined us. */
    TENURE_YEAR(false, false);

    private final boolean hasAmount;
    private final boolean reported;

    LoyaltyBehaviour(boolean hasAmount, boolean reported) {
        this.hasAmount = hasAmount;
        this.reported = reported;
    }

    /** Whether the feeds report it; the others the program books itself, so a report would count them twice. */
    public boolean isReported() {
        return reported;
    }

    /** Whether its points depend on an amount in pounds, which the report must give. */
    public boolean hasAmount() {
        return hasAmount;
    }
}
