package io.cvmjourneys.learning;

import io.cvmjourneys.nba.LearnedPropensities;
import io.cvmjourneys.engine.CompletedBy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: {@code ${putPropensitiesInForce}}. From the next decision on the NBA ranks with the new
 * snapshot: put in force by the analyst who reviewed it, or by the process when nothing moved far.
 */
@Component("putPropensitiesInForce")
class PutPropensitiesInForce implements JavaDelegate {

    static final String AUTOMATIC = "automatic";

    private final LearnedPropensities learned;

    PutPropensitiesInForce(LearnedPropensities learned) {
        this.learned = learned;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int version = ((Number) execution.getVariable(LearningVariables.VERSION)).intValue();
        if (execution.getVariable(LearningVariables.DECISION) == null) {
            learned.putInForce(version, AUTOMATIC, "No estimate moved by " + execution.getVariable(LearningVariables.REVIEW_SHIFT)
                    + " points or more: in force without a review");
        } else {
            learned.putInForce(version, CompletedBy.of(execution, LearningVariables.REVIEW), (String) execution.getVariable(LearningVariables.FINDINGS));
        }
    }
}
