package io.cvmjourneys.nba;

import java.math.BigDecimal;

/**
 * An action the candidate table proposed for this customer and moment, with its base propensity
 * (0..1), its value for this customer, and the table's reason in words an agent understands.
 */
public record Candidate(Action action, double propensity, BigDecimal value, String reason) {

    public String actionId() {
        return action.id();
    }
}
