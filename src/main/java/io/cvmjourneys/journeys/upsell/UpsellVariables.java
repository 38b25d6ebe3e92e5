package io.cvmjourneys.journeys.upsell;

/** Process variables of the up-sell and cross-sell journey (its forms and decision tables use the same names). */
public final class UpsellVariables {

    public static final String PROCESS_ID = "upsell-cross-sell";
    /** The program its offers belong to in the action catalog and on the KPI dashboard: the journey's own. */
    public static final String PROGRAM = PROCESS_ID;

    // The line the signal concerns, from the moment and the customer's subscriptions.
    public static final String SUBSCRIPTION_ID = "subscriptionId";
    public static final String PRODUCT_TYPE = "productType";
    public static final String CURRENT_PLAN = "currentPlan";
    public static final String CURRENT_MONTHLY_FEE = "currentMonthlyFee";
    /** What happened, as an agent reads it ("Used up the data allowance of Plus 60GB"). */
    public static final String UPGRADE_SIGNAL = "upgradeSignal";

    /** AGENT_CALL or DIGITAL (dmn/upgrade-route.dmn). */
    public static final String UPGRADE_ROUTE = "upgradeRoute";
    // What the offer puts on the line (dmn/upgrade-terms.dmn).
    public static final String UPGRADE_PLAN = "upgradePlan";
    public static final String UPGRADE_MONTHLY_FEE = "upgradeMonthlyFee";

    /** ACCEPTED, DECLINED, or NO_ANSWER (unreached by phone, or silent for two weeks). */
    public static final String UPGRADE_RESPONSE = "upgradeResponse";
    /** What the customer bought on their own, from a PRODUCT_PURCHASED moment. */
    public static final String BOUGHT_PRODUCT = "boughtProduct";

    /** When the upgrade went on the line, so complaints after it can be told from earlier ones. */
    public static final String UPGRADE_APPLIED_AT = "upgradeAppliedAt";
    /** A week after the first bill with the new price. */
    public static final String FIRST_BILL_CHECK_AT = "firstBillCheckAt";

    private UpsellVariables() {
    }
}
