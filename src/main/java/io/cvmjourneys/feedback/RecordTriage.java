package io.cvmjourneys.feedback;

import io.cvmjourneys.customer.CustomerComplaints;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps CX's triage with the complaint and decides whether a CVM manager must review the action:
 * the root cause is a CVM offer or message and CX linked it to an action of the catalog.
 */
@Component("recordTriage")
class RecordTriage implements JavaDelegate {

    static final Set<String> CVM_ROOT_CAUSES = Set.of("CVM_OFFER", "CVM_MESSAGE");

    private final CustomerComplaints complaints;
    private final ActionCatalog catalog;

    RecordTriage(CustomerComplaints complaints, ActionCatalog catalog) {
        this.complaints = complaints;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String rootCause = JourneySteps.required(execution, FeedbackVariables.ROOT_CAUSE);
        // only a CVM root cause links an action: the suggestion stays unused for any other cause
        Object linked = CVM_ROOT_CAUSES.contains(rootCause) ? execution.getVariable(FeedbackVariables.LINKED_ACTION) : null;
        Optional<Action> action = linked == null || linked.toString().isBlank() ? Optional.empty()
                : catalog.find(linked.toString().trim());
        String program = action.map(Action::program).orElse(null);
        complaints.triage(JourneySteps.required(execution, FeedbackVariables.COMPLAINT_ID),
                JourneySteps.required(execution, FeedbackVariables.CATEGORY),
                JourneySteps.required(execution, FeedbackVariables.SEVERITY), rootCause,
                action.map(Action::id).orElse(null), program);
        execution.setVariable(FeedbackVariables.LINKED_ACTION, action.map(Action::id).orElse(null));
        execution.setVariable(FeedbackVariables.LINKED_ACTION_NAME, action.map(Action::name).orElse(null));
        execution.setVariable(FeedbackVariables.LINKED_PROGRAM, program);
        execution.setVariable(FeedbackVariables.LINKED_ACTION_MANDATORY, action.map(Action::isMandatory).orElse(false));
        execution.setVariable(FeedbackVariables.CAUSED_BY_CVM, CVM_ROOT_CAUSES.contains(rootCause) && action.isPresent());
    }
}
