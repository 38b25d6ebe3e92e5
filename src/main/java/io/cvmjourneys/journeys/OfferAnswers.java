package io.cvmjourneys.journeys;

import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tells the decision log what the customer answered to an offer a journey made, so acceptance per
 * action and propensity learning see journey answers like agents' and channels' answers.
 */
@Component
public class OfferAnswers {

    private final NextBestActionService nextBestActions;

    OfferAnswers(NextBestActionService nextBestActions) {
        this.nextBestActions = nextBestActions;
    }

    /** A journey's answer variable as the log counts it: accepted, declined, or no answer (unreached, silent, none given). */
    public static Outcome outcomeOf(Object response) {
        return "ACCEPTED".equals(response) ? Outcome.ACCEPTED : "DECLINED".equals(response) ? Outcome.DECLINED : Outcome.NO_ANSWER;
    }

    /**
     * Records the answer against the offer the journey's variables name; nothing when the journey made
     * no such offer (no decision or no action in them).
     */
    public void record(DelegateExecution execution, String decisionVariable, String actionVariable, Outcome outcome,
                       String recordedBy) {
        Object decisionId = execution.getVariable(decisionVariable);
        Object actionId = execution.getVariable(actionVariable);
        if (decisionId != null && actionId != null) {
            nextBestActions.recordOutcome(decisionId.toString(), actionId.toString(), outcome, recordedBy);
        }
    }
}
