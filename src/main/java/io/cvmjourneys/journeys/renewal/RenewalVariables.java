package io.cvmjourneys.journeys.renewal;

/** Process variables of the contract-renewal journey (its form and decision table use the same names). */
public final class RenewalVariables {

    public static final String PROCESS_ID = "contract-renewal";
    /** The program its offers belong to in the action catalog and on the KPI dashboard: the journey's own, as for every journey. */
    public static final String PROGRAM = PROCESS_ID;

    // The ending contract, from the CONTRACT_ENDING moment and the customer's subscriptions.
    public static final String SUBSCRIPTION_ID = "subscriptionId";
    public static final String PRODUCT_TYPE = "productType";
    public static final String CURRENT_PLAN = "currentPlan";
    public static final String CURRENT_MONTHLY_FEE = "currentMonthlyFee";
    /** ISO date of the contract's last day. */
    public static final String CONTRACT_END = "contractEnd";
    /** When an offer still unanswered counts as not taken: two weeks before the contract ends, at the earliest a week after the start. */
    public static final String ANSWER_DEADLINE = "answerDeadline";

    // The renewal terms decision (dmn/renewal-terms.dmn).
    /** AGENT_CALL or DIGITAL. */
    public static final String RENEWAL_ROUTE = "renewalRoute";
    public static final String RENEWAL_PLAN = "renewalPlan";
    public static final String RENEWAL_MONTHLY_FEE = "renewalMonthlyFee";
    public static final String RENEWAL_MONTHS = "renewalMonths";

    // The offer the next-best-action engine chose, and the answer.
    /** The digital channel the offer went through; null when none may carry it. */
    public static final String RENEWAL_CHANNEL = "renewalChannel";
    public static final String RENEWAL_OFFER = "renewalOffer";
    public static final String RENEWAL_OFFER_NAME = "renewalOfferName";
    public static final String RENEWAL_DECISION_ID = "renewalDecisionId";
    /** ACCEPTED, DECLINED, or NO_ANSWER (unreached by phone, or silent by the deadline). */
    public static final String RENEWAL_RESPONSE = "renewalResponse";
    /** What a customer of the control group renewed with on their own. */
    public static final String RENEWED_WITH = "renewedWith";
    /** ISO date of the renewed contract's last day. */
    public static final String NEW_CONTRACT_END = "newContractEnd";

    private RenewalVariables() {
    }
}
