package io.cvmjourneys.nba;

/**
 * How a candidate's propensity was estimated from the answers of similar customers (same value
 * segment, same channel) counted in the snapshot in force.
 *
 * @param snapshot the version of the learned propensities
 * @param table    the candidate table's propensity: the prior the answers move from
 * @param learned  the posterior mean: the table's propensity worth {@code priorAnswers} answers, plus the answers
 * @param used     what the ranking used: a draw from the posterior, so a little-known action is shown now and
 *                 then (the draw is seeded by customer, action, day and snapshot: the same on every node)
 */
public record PropensityEvidence(int snapshot, double table, double learned, double used, long answered, long accepted) {

    /** What the agent reads beside the offer. */
    public String explanation() {
        if (answered == 0) {
            return "No answers yet from similar customers: shown now and then to learn how they answer";
        }
        return "Accepted by " + Math.round(100.0 * accepted / answered) + " % of similar customers, " + answered
                + (answered == 1 ? " answer" : " answers");
    }
}
