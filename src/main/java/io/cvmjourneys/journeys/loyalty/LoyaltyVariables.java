package io.cvmjourneys.journeys.loyalty;

/** Process variables of the loyalty membership journey (its form, decision tables and messages use the same names). */
public final class LoyaltyVariables {

    public static final String PROCESS_ID = "loyalty";
    /** The program its offers belong to in the action catalog and on the KPI dashboard: the journey's own. */
    public static final String PROGRAM = PROCESS_ID;

    /** When the next monthly review runs: the first of the next month, at nine in the operator's zone. */
    static final String NEXT_REVIEW_AT = "nextReviewAt";
    /** How many monthly reviews have run: each month's messages are their own. */
    static final String REVIEW_ROUND = "reviewRound";

    // Where the member stands, as of the last review (the ledger's statement).
    public static final String POINTS_BALANCE = "pointsBalance";
    public static final String POINTS_LAST_12_MONTHS = "pointsLast12Months";
    static final String POINTS_EXPIRING_SOON = "pointsExpiringSoon";
    /** The day the expiring points lapse, as the member reads it. */
    static final String EXPIRING_BY = "expiringBy";
    static final String POINTS_EXPIRED = "pointsExpired";

    /** BRONZE, SILVER or GOLD (dmn/loyalty-tier.dmn), with what it brings. */
    public static final String TIER = "tier";
    static final String TIER_NAME = "tierName";
    static final String TIER_BENEFITS = "tierBenefits";
    /** Whether this review moved the member up to Gold. */
    static final String REACHED_GOLD = "reachedGold";
    static final String GOLD = "GOLD";

    /** WELCOMED, EVENT_INVITE or NO_ANSWER: how the Gold welcome call went. */
    static final String GOLD_CALL_RESULT = "goldCallResult";

    private LoyaltyVariables() {
    }
}
