package io.cvmjourneys.journeys.billshock;

/** The bill shock journey's variables, named as bpmn/bill-shock.bpmn, its tables and its form read them. */
public final class BillShockVariables {

    public static final String PROCESS_ID = "bill-shock";

    /** The prepared bill: its amount (£), what made it high ({@link BillCause}) as a code and as the customer reads it, when. */
    public static final String BILL_AMOUNT = "billAmount";
    public static final String BILL_CAUSE = "billCause";
    public static final String BILL_CAUSE_TEXT = "billCauseText";
    public static final String BILL_PREPARED_AT = "billPreparedAt";

    /** What the customer usually pays (the average of the last three bills), how much more this one is, and how many times as much. */
    public static final String USUAL_BILL = "usualBill";
    public static final String BILL_INCREASE = "billIncrease";
    public static final String BILL_RATIO = "billRatio";

    /** dmn/bill-shock.dmn: EXPLAIN or NONE, and whether an agent calls; dmn/bill-shock-advice.dmn: what keeps the next bills as usual. */
    public static final String BILL_ACTION = "billAction";
    public static final String AGENT_CALL = "agentCall";
    public static final String BILL_ADVICE = "billAdvice";
    /** EXPLAINED, PLAN_CHANGED or NO_ANSWER, from the call's form. */
    public static final String BILL_CALL_RESULT = "billCallResult";

    private BillShockVariables() {
    }
}
