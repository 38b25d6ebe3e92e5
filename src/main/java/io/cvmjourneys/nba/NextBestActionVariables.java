package io.cvmjourneys.nba;

/** The process variables the next-best-action step of a journey reads and writes. */
public final class NextBestActionVariables {

    /** Input (usually a task's input parameter): which step of the journey asks, e.g. RETENTION or WINBACK. */
    public static final String JOURNEY_STEP = "journeyStep";
    /** The decision to record the customer's answer against. */
    public static final String DECISION_ID = "nbaDecisionId";
    /** The best action's id, or null when every candidate was suppressed. */
    public static final String BEST_ACTION = "nextBestAction";
    /** The best action's name, for the agent's form. */
    public static final String BEST_ACTION_NAME = "nextBestActionName";
    /** All chosen action ids, best first, comma-separated. */
    public static final String ACTIONS = "nextBestActions";

    private NextBestActionVariables() {
    }
}
