package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.CompletedBy;
import io.cvmjourneys.programs.ProgramDefinition;
import io.cvmjourneys.programs.ProgramStatus;
import io.cvmjourneys.programs.Programs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: {@code ${pauseReviewedProgram}}. The manager decided to stop the program after its review:
 * it is paused (its actions are no longer proposed), by the manager, with their reason.
 */
@Component("pauseReviewedProgram")
class PauseReviewedProgram implements JavaDelegate {

    static final String DECISION_REASON = "decisionReason";

    private final Programs programs;

    PauseReviewedProgram(Programs programs) {
        this.programs = programs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProgramDefinition program = programs.find((String) execution.getVariable(ProgramReviews.PROGRAM)).orElseThrow();
        programs.move(program.id(), program.version(), ProgramStatus.PAUSED,
                CompletedBy.of(execution, "The decision to stop program " + program.id()),
                "After the review: " + execution.getVariable(DECISION_REASON));
    }
}
