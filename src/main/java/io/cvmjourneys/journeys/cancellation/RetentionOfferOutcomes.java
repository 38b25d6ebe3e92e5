package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.nba.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tells the decision log what the customer answered to the journey's offers, so acceptance per
 * action and propensity learning see journey answers like agents' and channels' answers.
 */
@Component
class RetentionOfferOutcomes {

    private final NextBestActionService nextBestActions;

    RetentionOfferOutcomes(NextBestActionService nextBestActions) {
        this.nextBestActions = nextBestActions;
    }

    /** The retention offer: accepted, declined, or no answer when the cancellation fell due first. */
    void recordRetentionAnswer(DelegateExecution execution) {
        record(execution, NextBestActionVariables.DECISION_ID, NextBestActionVariables.BEST_ACTION,
                answer(execution, CancellationVariables.OFFER_RESPONSE));
    }

    /** The winback offer: accepted, declined, or no answer when its two weeks ran out. */
    void recordWinbackAnswer(DelegateExecution execution) {
        record(execution, CancellationVariables.WINBACK_DECISION_ID, CancellationVariables.WINBACK_OFFER,
                answer(execution, CancellationVariables.WINBACK_RESPONSE));
    }

    private static Outcome answer(DelegateExecution execution, String responseVariable) {
        Object response = execution.getVariable(responseVariable);
        return "ACCEPTED".equals(response) ? Outcome.ACCEPTED
                : "DECLINED".equals(response) ? Outcome.DECLINED : Outcome.NO_ANSWER;
    }

    private void record(DelegateExecution execution, String decisionVariable, String actionVariable, Outcome outcome) {
        Object decisionId = execution.getVariable(decisionVariable);
        Object actionId = execution.getVariable(actionVariable);
        if (decisionId != null && actionId != null) {
            nextBestActions.recordOutcome(decisionId.toString(), actionId.toString(), outcome, CancellationVariables.RECORDED_BY);
        }
    }
}
