package io.cvmjourneys.journeys.onboarding;

/** The onboarding and activation journey's variables, named as bpmn/onboarding-activation.bpmn and its tables read them. */
public final class OnboardingVariables {

    public static final String PROCESS_ID = "onboarding-activation";
    /** The program its actions and KPIs belong to. */
    public static final String PROGRAM = PROCESS_ID;

    /** The new line or home connection, its plan and monthly fee. */
    public static final String SUBSCRIPTION_ID = "subscriptionId";
    public static final String PLAN = "plan";
    public static final String MONTHLY_FEE = "monthlyFee";
    /** The day the customer joined (ISO date), and when the first-90-days checks fall due (dates). */
    public static final String JOINED_ON = "joinedOn";
    public static final String CHECK_IN_AT = "checkInAt";
    public static final String ADOPTION_CHECK_AT = "adoptionCheckAt";
    /** Contract customers: the first bill's day and amount, and when it is explained. */
    public static final String FIRST_BILL_ON = "firstBillOn";
    public static final String FIRST_BILL_AMOUNT = "firstBillAmount";
    public static final String STARTING_DAYS = "startingDays";
    public static final String STARTING_DAYS_CHARGE = "startingDaysCharge";
    public static final String FIRST_BILL_EXPLAIN_AT = "firstBillExplainAt";

    /** What the network and the app saw so far: the first call, data, app login, top-up (or package bought). */
    public static final String USED_CALLS = "usedCalls";
    public static final String USED_DATA = "usedData";
    public static final String USED_APP = "usedApp";
    public static final String TOPPED_UP = "toppedUp";
    public static final String FIRST_USED_AT = "firstUsedAt";
    /** What the last ServiceUsed message said was used: one of {@link ServiceUse}. */
    public static final String SERVICE_USED = "serviceUsed";

    /** The first week's check: complaints filed since joining (the latest's summary in JourneyVariables); the care chosen. */
    public static final String COMPLAINTS_SINCE_JOINING = "complaintsSinceJoining";
    public static final String EARLY_CARE = "earlyCare";
    /** Day 90: whether the customer asked to leave since joining, and the journey's verdict. */
    public static final String ASKED_TO_LEAVE = "askedToLeave";

    private OnboardingVariables() {
    }
}
