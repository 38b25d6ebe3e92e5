package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.nba.Candidate;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/** A CVM manager's pause is absolute: the action is not proposed, whatever its kind, until it is resumed. */
@Rule(name = PausedActionPolicy.NAME, priority = PausedActionPolicy.PRIORITY,
        description = "An action paused by a CVM manager is never proposed")
public class PausedActionPolicy {

    public static final String NAME = "Paused action";
    public static final int PRIORITY = 10;

    @Condition
    public boolean hasPausedActions(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return arbitrationCase.standing().stream().anyMatch(PausedActionPolicy::isPaused);
    }

    @Action
    public void suppressPausedActions(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        for (Candidate candidate : arbitrationCase.standing()) {
            if (isPaused(candidate)) {
                arbitrationCase.suppress(candidate, NAME,
                        "Paused by a CVM manager: not proposed until it is resumed");
            }
        }
    }

    private static boolean isPaused(Candidate candidate) {
        return candidate.action().paused();
    }
}
