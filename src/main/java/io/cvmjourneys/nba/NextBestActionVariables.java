package io.cvmjourneys.nba;

/** The process variables the next-best-action step of a journey reads and writes. */
public final class NextBestActionVariables {

    /** Input (usually a task's input parameter): which step of the journey asks, e.g. RETENTION or WINBACK. */
    public static final String JOURNEY_STEP = "journeyStep";
    /**
     * Input: the programs whose actions the step may present, comma-separated (e.g. the retention step:
     * cancellation-winback,retention). A step never presents another program's action in its place.
     */
    public static final String OFFER_PROGRAMS = "offerPrograms";
    /** The decision to record the customer's answer against. */
    public static final String DECISION_ID = "nbaDecisionId";
    /** The best action of the step's own programs an agent can present (not a notice), or null when none fits. */
    public static final String BEST_ACTION = "nextBestAction";
    /** The best action's name, for the agent's form. */
    public static final String BEST_ACTION_NAME = "nextBestActionName";
    /** Why the step has nothing to present (none of its programs' actions fits), or null when it has. */
    public static final String NO_OFFER_REASON = "noOfferReason";
    /** Notices the customer must be given as well (mandatory actions, by name, "; "-separated), or null. */
    public static final String MANDATORY_NOTICES = "mandatoryNotices";
    /** All chosen action ids, best first, comma-separated. */
    public static final String ACTIONS = "nextBestActions";

    private NextBestActionVariables() {
    }
}
