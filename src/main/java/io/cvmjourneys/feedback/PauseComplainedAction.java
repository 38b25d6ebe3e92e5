package io.cvmjourneys.feedback;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.nba.ActionCatalog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The CVM manager paused the action that drew the complaints: no decision proposes it from now on. */
@Component("pauseComplainedAction")
class PauseComplainedAction implements JavaDelegate {

    private final ActionCatalog catalog;

    PauseComplainedAction(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the review form requires the note and keeps it within the catalog's limit
        catalog.setPaused(JourneySteps.required(execution, FeedbackVariables.LINKED_ACTION), true,
                "complaint review " + execution.getProcessInstanceId(),
                JourneySteps.required(execution, FeedbackVariables.REVIEW_NOTE));
    }
}
