package io.cvmjourneys.journeys.billpayment;

/** Process variables of the bill-payment journey (its decision table uses the same names). */
public final class BillPaymentVariables {

    public static final String PROCESS_ID = "bill-payment";
    public static final String INVOICE_ID = "invoiceId";
    public static final String AMOUNT_DUE = "amountDue";
    /** The invoice's due date, ISO (YYYY-MM-DD). */
    public static final String DUE_DATE = "dueDate";
    /** Invoices the customer paid after their due date in the year before this one was issued. */
    public static final String LATE_PAYMENTS = "latePaymentsInYear";
    public static final String PAYS_BY_DIRECT_DEBIT = "paysByDirectDebit";
    /** How many days before the due date the reminder goes (0: none), from dmn/payment-reminder.dmn. */
    public static final String REMINDER_DAYS_BEFORE = "reminderDaysBefore";
    public static final String OFFER_DIRECT_DEBIT = "offerDirectDebit";
    /** When the reminder goes, and whether that is still ahead when the journey plans it. */
    public static final String REMINDER_AT = "reminderAt";
    public static final String REMINDER_AHEAD = "reminderAhead";
    /** Whether the next-best-action engine let the reminder through (consent, caps, quiet hours). */
    public static final String REMINDER_SENT = "reminderSent";
    /** The decision that sent the reminder, and its action: the payment (or none by the due date) is the answer to it. */
    public static final String REMINDER_DECISION_ID = "reminderDecisionId";
    public static final String REMINDER_ACTION = "reminderAction";
    /** The start of the day after the due date, in the operator's zone: from then on the bill is late. */
    public static final String LATE_FROM = "lateFrom";
    /** ACCEPTED, DECLINED or NO_ANSWER: the customer's answer to the direct-debit offer. */
    public static final String DIRECT_DEBIT_RESPONSE = "directDebitResponse";

    private BillPaymentVariables() {
    }
}
