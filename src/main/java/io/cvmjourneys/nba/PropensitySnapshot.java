package io.cvmjourneys.nba;

import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.moments.Channel;
import java.time.LocalDate;
import java.util.Map;

/**
 * The answers one version of the learned propensities counted, per action, value segment and channel.
 * Version 0 is none: the candidate table's propensities hold as they are.
 *
 * @param priorAnswers how many answers the table's propensity is worth against the counted ones
 */
public record PropensitySnapshot(int version, int priorAnswers, Map<Cell, Counts> cells) {

    static final PropensitySnapshot NONE = new PropensitySnapshot(0, 0, Map.of());

    public record Cell(String actionId, Segment segment, Channel channel) {
    }

    /** @param tablePropensity the table's mean propensity over the answered offers */
    public record Counts(long answered, long accepted, double tablePropensity) {

        static final Counts NONE = new Counts(0, 0, 0);

        /** The posterior mean from the given prior. */
        public double mean(double prior, int priorAnswers) {
            return (prior * priorAnswers + accepted) / (priorAnswers + answered);
        }
    }

    public PropensitySnapshot {
        cells = Map.copyOf(cells);
    }

    public Counts counts(Cell cell) {
        return cells.getOrDefault(cell, Counts.NONE);
    }

    /** The candidate's propensity for this customer: none (null) while no snapshot is in force. */
    PropensityEvidence estimate(Candidate candidate, String customerId, Segment segment, Channel channel, LocalDate day) {
        if (version == 0 || segment == null) {
            return null;
        }
        Counts counts = counts(new Cell(candidate.actionId(), segment, channel));
        // a prior of exactly 0 or 1 would leave the Beta undefined, and no answer could move it
        double prior = Math.min(0.999, Math.max(0.001, candidate.propensity()));
        double alpha = prior * priorAnswers + counts.accepted();
        double beta = (1 - prior) * priorAnswers + counts.answered() - counts.accepted();
        double used = BetaDraw.draw(alpha, beta, BetaDraw.seed(Integer.toString(version), customerId, candidate.actionId(),
                channel.name(), day.toString()));
        return new PropensityEvidence(version, candidate.propensity(), counts.mean(prior, priorAnswers), used,
                counts.answered(), counts.accepted());
    }
}
