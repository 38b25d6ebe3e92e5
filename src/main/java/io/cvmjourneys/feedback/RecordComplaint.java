package io.cvmjourneys.feedback;

import io.cvmjourneys.customer.CustomerComplaints;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Files the complaint as open — from this moment the complaint cooldown keeps commercial actions
 * away from the customer — and suggests the CVM action it may trace back to: the last one that
 * reached the customer in the suggestion window. CX confirms or changes it in triage.
 */
@Component("recordComplaint")
class RecordComplaint implements JavaDelegate {

    private final CustomerComplaints complaints;
    private final ActionCatalog catalog;
    private final Clock clock;

    RecordComplaint(CustomerComplaints complaints, ActionCatalog catalog, Clock clock) {
        this.complaints = complaints;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        String complaintId = "CMP-" + execution.getProcessInstanceId();
        Instant now = clock.instant();
        complaints.file(complaintId, customerId, Channel.valueOf(JourneySteps.required(execution, JourneyStartVariables.CHANNEL)),
                JourneySteps.required(execution, FeedbackVariables.CATEGORY),
                JourneySteps.required(execution, FeedbackVariables.COMPLAINT_TEXT), now);
        execution.setVariable(FeedbackVariables.COMPLAINT_ID, complaintId);
        String suggested = complaints.lastActionReceived(customerId,
                now.minus(Duration.ofDays(FeedbackVariables.SUGGESTION_WINDOW_DAYS))).orElse(null);
        execution.setVariable(FeedbackVariables.LINKED_ACTION, suggested);
        execution.setVariable(FeedbackVariables.LINKED_PROGRAM,
                suggested == null ? null : catalog.find(suggested).map(Action::program).orElse(null));
    }
}
