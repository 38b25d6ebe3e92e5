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
        Object response = execution.getVariable(CancellationVariables.OFFER_RESPONSE);
        Outcome outcome = "ACCEPTED".equals(response) ? Outcome.ACCEPTED
                : "DECLINED".equals(response) ? Outcome.DECLINED : Outcome.NO_ANSWER;
        record(execution, NextBestActionVariables.DECISION_ID, NextBestActionVariables.BEST_ACTION, outcome);
    }

    /** The winback offer, accepted: the customer comes back. */
    void recordWinbackAccepted(DelegateExecution execution) {
        record(execution, CancellationVariables.WINBACK_DECISION_ID, CancellationVariables.WINBACK_OFFER, Outcome.ACCEPTED);
    }

    private void record(DelegateExecution execution, String decisionVariable, String actionVariable, Outcome outcome) {
        Object decisionId = execution.getVariable(decisionVariable);
        Object actionId = execution.getVariable(actionVariable);
        if (decisionId != null && actionId != null) {
            nextBestActions.recordOutcome(decisionId.toString(), actionId.toString(), outcome, CancellationVariables.RECORDED_BY);
        }
    }
}
