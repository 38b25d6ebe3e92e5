package io.cvmjourneys.journeys;

/**
 * Process variables every journey shares beyond its start variables
 * ({@link io.cvmjourneys.moments.JourneyStartVariables}); each program adds its own in its own class.
 */
public final class JourneyVariables {

    /** How the journey ended, as its end event names it; the figure program KPIs count. */
    public static final String OUTCOME = "outcome";

    // The customer assessment (${assessCustomer}); names as forms and decision tables read them.
    public static final String CUSTOMER_NAME = "customerName";
    /** PREPAID, POSTPAID or HOME. */
    public static final String CUSTOMER_TYPE = "customerType";
    public static final String CUSTOMER_SEGMENT = "customerSegment";
    public static final String CUSTOMER_VALUE = "customerValue";
    public static final String TENURE_MONTHS = "tenureMonths";
    public static final String DAYS_TO_CONTRACT_END = "daysToContractEnd";
    public static final String DAYS_OVERDUE = "daysOverdue";
    public static final String OPEN_COMPLAINT = "openComplaint";
    /** Whether the customer is in the journey's program control group: no offer, only watched (checkControlGroup). */
    public static final String IN_CONTROL_GROUP = "inControlGroup";
    /** Registered as vulnerable: journeys treat the customer with extra care (never barred automatically). */
    public static final String VULNERABLE = "vulnerable";

    /** The complaints the customer filed since a moment the step names (checkComplaintsSince), and the latest one's summary. */
    public static final String COMPLAINT_COUNT = "complaintCount";
    public static final String COMPLAINT_SUMMARY = "complaintSummary";

    private JourneyVariables() {
    }
}
