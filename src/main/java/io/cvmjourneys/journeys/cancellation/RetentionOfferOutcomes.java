package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.journeys.OfferAnswers;
import io.cvmjourneys.nba.NextBestActionVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tells the decision log what the customer answered to the journey's offers, so acceptance per
 * action and propensity learning see journey answers like agents' and channels' answers.
 */
@Component
class RetentionOfferOutcomes {

    private final OfferAnswers answers;

    RetentionOfferOutcomes(OfferAnswers answers) {
        this.answers = answers;
    }

    /** The retention offer: accepted, declined, or no answer when the cancellation fell due first. */
    void recordRetentionAnswer(DelegateExecution execution) {
        answers.record(execution, NextBestActionVariables.DECISION_ID, NextBestActionVariables.BEST_ACTION,
                OfferAnswers.outcomeOf(execution.getVariable(CancellationVariables.OFFER_RESPONSE)),
                CancellationVariables.RECORDED_BY);
    }

    /** The winback offer: accepted, declined, or no answer when its two weeks ran out. */
    void recordWinbackAnswer(DelegateExecution execution) {
        answers.record(execution, CancellationVariables.WINBACK_DECISION_ID, CancellationVariables.WINBACK_OFFER,
                OfferAnswers.outcomeOf(execution.getVariable(CancellationVariables.WINBACK_RESPONSE)),
                CancellationVariables.RECORDED_BY);
    }
}
