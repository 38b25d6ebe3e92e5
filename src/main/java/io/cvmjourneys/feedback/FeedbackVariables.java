package io.cvmjourneys.feedback;

import io.cvmjourneys.moments.Tnps;

/** Process variables of the complaint-feedback journey (forms use the same names). */
public final class FeedbackVariables {

    public static final String PROCESS_ID = "complaint-feedback";
    public static final String COMPLAINT_ID = "complaintId";
    public static final String COMPLAINT_TEXT = "complaintText";
    public static final String CATEGORY = "category";
    /** LOW, MEDIUM or HIGH (CX triage). */
    public static final String SEVERITY = "severity";
    /** NETWORK, BILLING, DEVICE, SERVICE, CVM_OFFER, CVM_MESSAGE or OTHER (CX triage). */
    public static final String ROOT_CAUSE = "rootCause";
    /** The action the complaint traces back to: suggested from the contact history, confirmed by CX. */
    public static final String LINKED_ACTION = "linkedAction";
    /** The linked action's catalog name, for the CVM manager's form. */
    public static final String LINKED_ACTION_NAME = "linkedActionName";
    public static final String LINKED_PROGRAM = "linkedProgram";
    /** The linked action is a notice the law or the contract requires: it is sent whatever, and cannot be paused. */
    public static final String LINKED_ACTION_MANDATORY = "linkedActionMandatory";
    public static final String CAUSED_BY_CVM = "causedByCvm";
    public static final String COMPLAINTS_PER_THOUSAND = "complaintsPerThousand";
    public static final String COMPLAINTS_LINKED = "complaintsLinked";
    public static final String DELIVERIES = "deliveries";
    /** CHANGE_TARGETING, PAUSE_ACTION or NO_CHANGE (the CVM manager's review). */
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_NOTE = "reviewNote";
    public static final String SURVEY_SCORE = Tnps.SURVEY_SCORE;

    /** How far back a complaint looks for the CVM action that may have caused it. */
    static final int SUGGESTION_WINDOW_DAYS = 14;
    /** The window of the complaint rate a CVM manager reviews. */
    static final int RATE_WINDOW_DAYS = 30;

    private FeedbackVariables() {
    }
}
