package io.cvmjourneys.learning;

import io.cvmjourneys.nba.LearnedPropensities;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN: {@code ${learnPropensities}}. Counts the answers into a new snapshot and says how far it moves the estimates. */
@Component("learnPropensities")
class LearnPropensities implements JavaDelegate {

    private final LearnedPropensities learned;
    private final ShiftSummary summary;

    LearnPropensities(LearnedPropensities learned, ShiftSummary summary) {
        this.learned = learned;
        this.summary = summary;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestedBy = (String) execution.getVariable(PropensityLearning.REQUESTED_BY);
        LearnedPropensities.Learning learning = learned.learn(requestedBy, PropensityLearning.NIGHTLY.equals(requestedBy));
        execution.setVariable(LearningVariables.RESULT, learning.result().name());
        execution.setVariable(LearningVariables.VERSION, learning.version());
        execution.setVariable(LearningVariables.ANSWERS, learning.answers());
        execution.setVariable(LearningVariables.CELLS_MOVED, learning.shifts().size());
        execution.setVariable(LearningVariables.LARGEST_SHIFT, Math.round(100 * learning.largestShift()));
        execution.setVariable(LearningVariables.REVIEW_SHIFT, Math.round(100 * learned.reviewShift()));
        execution.setVariable(LearningVariables.SHIFTS, summary.of(learning.shifts()));
    }
}
