package io.cvmjourneys.learning;

import io.cvmjourneys.nba.LearnedPropensities;
import io.cvmjourneys.engine.CompletedBy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN: {@code ${keepPropensitiesOut}}. The analyst kept the snapshot out: the one in force stays, with their findings. */
@Component("keepPropensitiesOut")
class KeepPropensitiesOut implements JavaDelegate {

    private final LearnedPropensities learned;

    KeepPropensitiesOut(LearnedPropensities learned) {
        this.learned = learned;
    }

    @Override
    public void execute(DelegateExecution execution) {
        learned.keepOut(((Number) execution.getVariable(LearningVariables.VERSION)).intValue(), CompletedBy.of(execution, LearningVariables.REVIEW),
                (String) execution.getVariable(LearningVariables.FINDINGS));
    }
}
