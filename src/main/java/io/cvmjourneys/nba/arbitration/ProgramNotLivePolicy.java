package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.nba.Candidate;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * A program in draft, paused or retired makes no offers, whatever its actions' own state. A notice
 * the law requires is still given: the customer's right to it does not depend on the program.
 */
@Rule(name = ProgramNotLivePolicy.NAME, priority = ProgramNotLivePolicy.PRIORITY,
        description = "The actions of a program that is not live are not proposed, apart from mandatory notices")
public class ProgramNotLivePolicy {

    public static final String NAME = "Program not live";
    public static final int PRIORITY = 12;

    @Condition
    public boolean hasActionsOfStoppedPrograms(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return arbitrationCase.standing().stream().anyMatch(ProgramNotLivePolicy::isStopped);
    }

    @Action
    public void suppressActionsOfStoppedPrograms(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        for (Candidate candidate : arbitrationCase.standing()) {
            if (isStopped(candidate)) {
                arbitrationCase.suppress(candidate, NAME, "Its program, " + arbitrationCase.words("program",
                        candidate.action().program()) + ", is not live: no offers until a CVM manager puts it live again");
            }
        }
    }

    private static boolean isStopped(Candidate candidate) {
        return !candidate.action().programLive() && !candidate.action().isMandatory();
    }
}
