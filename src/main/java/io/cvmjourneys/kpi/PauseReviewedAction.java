package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.CompletedBy;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.nba.ActionCatalog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: {@code ${pauseReviewedAction}}. The manager decided to pause the action after its review: no
 * decision proposes it from now on, paused by the manager, with their reason.
 */
@Component("pauseReviewedAction")
class PauseReviewedAction implements JavaDelegate {

    private final ActionCatalog catalog;

    PauseReviewedAction(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        catalog.setPaused(JourneySteps.required(execution, ActionReviews.ACTION), true,
                CompletedBy.of(execution, "The decision to pause action " + execution.getVariable(ActionReviews.ACTION)),
                "After the action's review: " + JourneySteps.required(execution, PauseReviewedProgram.DECISION_REASON));
    }
}
