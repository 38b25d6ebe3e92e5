package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.moments.Tnps;

/** Process variables of the delinquency-management journey (forms and decision tables use the same names). */
public final class DelinquencyVariables {

    public static final String PROCESS_ID = "delinquency-management";

    // The debt (${assessDebt})
    public static final String INVOICE_ID = "invoiceId";
    public static final String AMOUNT_DUE = "amountDue";
    /** ISO date the invoice was due on. */
    public static final String INVOICE_DUE_DATE = "invoiceDueDate";
    public static final String LATE_PAYMENTS = "latePaymentsLastYear";

    // The strategy and its ladder (decision tables collectionStrategy and dunningLadder)
    public static final String COLLECTION_STRATEGY = "collectionStrategy";
    public static final String BARRING_NOTICE_PERIOD = "barringNoticePeriod";
    /** ISO duration added to a promised date or an instalment's due date before it counts as missed. */
    public static final String PAYMENT_GRACE = "paymentGrace";
    /**
     * The ladder step to resume at: FIRST_REMINDER, SECOND_REMINDER, AGENT_CALL, BARRING, FULL_BARRING,
     * CLOSURE, and CLOSED once the ladder ran out. Each step moves it on when done.
     */
    public static final String LADDER_STAGE = "ladderStage";
    static final String FIRST_STAGE = "FIRST_REMINDER";

    // What the customer said: PROMISE_TO_PAY, PAYMENT_PLAN, DISPUTE or UNREACHABLE (the call form, or a PROMISE_TO_PAY moment)
    public static final String CUSTOMER_RESPONSE = "customerResponse";
    public static final String PROMISED_DATE = "promisedDate";
    /** When an unkept promise counts as broken: the promised date's end plus the grace. */
    public static final String PROMISE_DEADLINE = "promiseDeadline";
    public static final String DISPUTE_REASON = "disputeReason";
    /** UPHELD or REJECTED (CX's review). */
    public static final String DISPUTE_DECISION = "disputeDecision";
    /** BAR or SPARE (the specialist's decision for a vulnerable customer). */
    public static final String SPECIALIST_DECISION = "specialistDecision";

    // Payment plan (decision table paymentPlanEligibility, the manager's approval, the instalments)
    public static final String PLAN_INSTALMENTS = "planInstalments";
    /** APPROVED or REJECTED. */
    public static final String PLAN_DECISION = "planDecision";
    public static final String PLAN_ID = "paymentPlanId";
    /** When the open instalment counts as missed: its due date's end plus the grace. */
    public static final String INSTALMENT_DEADLINE = "instalmentDeadline";
    public static final String PLAN_PAID_OFF = "planPaidOff";

    // The cure
    /** Days from the invoice's due date to the day it was paid (the "days to pay" KPI). */
    public static final String DAYS_TO_PAY = "daysToPay";
    public static final String SURVEY_SCORE = Tnps.SURVEY_SCORE;

    // Input parameters of the notice and step tasks
    static final String NOTICE_TEMPLATE = "noticeTemplate";
    static final String NOTICE_ACTION = "noticeAction";
    static final String BARRING_LEVEL = "barringLevel";
    static final String COLLECTION_STEP = "collectionStep";
    static final String STEP_OUTCOME = "stepOutcome";

    static final String RECORDED_BY = "journey " + PROCESS_ID;

    private DelinquencyVariables() {
    }
}
