package io.cvmjourneys.journeys.cancellation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the journey's lost ends: tells the decision log the customer declined or ignored the winback
 * offer, so the offer's acceptance rate counts every answer, not only the yeses.
 */
@Component("recordWinbackAnswer")
class RecordWinbackAnswer implements ExecutionListener {

    private final RetentionOfferOutcomes outcomes;

    RecordWinbackAnswer(RetentionOfferOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        outcomes.recordWinbackAnswer(execution);
    }
}
