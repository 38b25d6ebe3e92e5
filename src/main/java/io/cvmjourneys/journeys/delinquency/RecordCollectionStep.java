package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.engine.JourneySteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a step that changes nothing but the journey's course (a promise broken, a dispute rejected,
 * the ladder run out). BPMN input parameters: {@code collectionStep} and {@code stepOutcome}.
 */
@Component("recordCollectionStep")
class RecordCollectionStep implements JavaDelegate {

    private final CollectionSteps steps;

    RecordCollectionStep(CollectionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.record(execution, JourneySteps.required(execution, DelinquencyVariables.COLLECTION_STEP),
                JourneySteps.required(execution, DelinquencyVariables.STEP_OUTCOME), null);
    }
}
