package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.moments.Tnps;

/** Process variables of the cancellation-winback journey (forms and decision tables use the same names). */
public final class CancellationVariables {

    public static final String PROCESS_ID = "cancellation-winback";
    public static final String REASON = "reason";
    /** ACCEPTED, DECLINED or THINKING (the agent's form, the follow-up call, or the customer's answer). */
    public static final String OFFER_RESPONSE = "offerResponse";
    public static final String DISCOUNT_PERCENT = "discountPercent";
    public static final String AGENT_NOTE = "agentNote";
    public static final String APPROVAL_REQUIRED = "approvalRequired";
    /** APPROVED or REJECTED (the CVM manager's form). */
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String SURVEY_SCORE = Tnps.SURVEY_SCORE;
    public static final String WINBACK_WAIT_DAYS = "winbackWaitDays";
    /** When the winback offer goes out (the window's last day, 10:00 in the operator's zone). */
    public static final String WINBACK_OFFER_AT = "winbackOfferAt";
    public static final String WINBACK_OFFER = "winbackOffer";
    public static final String WINBACK_OFFER_NAME = "winbackOfferName";
    public static final String WINBACK_CHANNEL = "winbackChannel";
    public static final String WINBACK_DECISION_ID = "winbackDecisionId";
    /** ACCEPTED or DECLINED (the customer's answer to the winback offer). */
    public static final String WINBACK_RESPONSE = "winbackResponse";

    /** How long a discount given to stay runs. */
    static final int DISCOUNT_MONTHS = 12;
    static final String RECORDED_BY = "journey " + PROCESS_ID;

    private CancellationVariables() {
    }
}
