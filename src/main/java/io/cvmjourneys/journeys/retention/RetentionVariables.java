package io.cvmjourneys.journeys.retention;

/** Process variables of the proactive retention journey (its forms and decision tables use the same names). */
public final class RetentionVariables {

    public static final String PROCESS_ID = "proactive-retention";
    /** The program its save offers belong to in the action catalog and on the KPI dashboard: the journey's own. */
    public static final String PROGRAM = PROCESS_ID;

    // The sign that started the journey, from the moment.
    /** What kind of sign ({@link ChurnSignal}). */
    public static final String CHURN_SIGNAL = "churnSignal";
    /** The churn model's score from 0 to 1; null for a sign that has none. */
    public static final String CHURN_SCORE = "churnScore";
    /** The sign as an agent reads it ("Called about a competitor's offer: 20% less for a year"). */
    public static final String CHURN_REASON = "churnReason";

    // What the save offer puts on the bill (dmn/save-offer-terms.dmn).
    static final String DISCOUNT_PERCENT = "discountPercent";
    static final String DISCOUNT_MONTHS = "discountMonths";
    static final String CREDIT_AMOUNT = "creditAmount";
    static final String SAVE_TERMS = "saveTerms";

    /** ACCEPTED, DECLINED, or NO_ANSWER (unreached by phone, or silent for a week). */
    public static final String SAVE_RESPONSE = "saveResponse";

    /** The BPMN message that stops the journey when the customer asks to leave after all. */
    static final String ASKED_TO_LEAVE = "CustomerAskedToLeave";

    private RetentionVariables() {
    }
}
