package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.nba.Candidate;
import io.cvmjourneys.nba.HoldoutGroups;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * A program's control group gets none of its commercial actions, so what the program achieves can
 * be told apart from what customers would have done anyway. Service and mandatory actions still go out.
 */
@Rule(name = HoldoutPolicy.NAME, priority = HoldoutPolicy.PRIORITY,
        description = "Customers in a program's holdout group get none of its commercial actions")
public class HoldoutPolicy {

    public static final String NAME = "Holdout control";
    public static final int PRIORITY = 15;

    private final HoldoutGroups groups;

    public HoldoutPolicy(HoldoutGroups groups) {
        this.groups = groups;
    }

    @Condition
    public boolean isInAHoldoutGroup(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return arbitrationCase.standing().stream().anyMatch(candidate -> isHeldOut(arbitrationCase, candidate));
    }

    @Action
    public void suppressHeldOutOffers(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        for (Candidate candidate : arbitrationCase.standing()) {
            if (isHeldOut(arbitrationCase, candidate)) {
                String program = candidate.action().program();
                arbitrationCase.suppress(candidate, NAME, "Customer is in the " + arbitrationCase.words("program", program) + " control group ("
                        + Math.round(groups.share(program) * 100) + " % held out to measure the program's uplift)");
            }
        }
    }

    private boolean isHeldOut(ArbitrationCase arbitrationCase, Candidate candidate) {
        return candidate.action().isCommercial()
                && groups.isHeldOut(arbitrationCase.context().customer().id(), candidate.action().program());
    }
}
