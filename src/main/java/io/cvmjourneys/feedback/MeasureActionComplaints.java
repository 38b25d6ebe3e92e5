package io.cvmjourneys.feedback;

import io.cvmjourneys.customer.CustomerComplaints;
import io.cvmjourneys.engine.JourneySteps;
import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the action's complaint rate of the last 30 days ("–" when unknown) and its counts in front of the CVM manager. */
@Component("measureActionComplaints")
class MeasureActionComplaints implements JavaDelegate {

    private final CustomerComplaints complaints;
    private final Clock clock;

    MeasureActionComplaints(CustomerComplaints complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CustomerComplaints.ComplaintRate rate = complaints.complaintRate(
                JourneySteps.required(execution, FeedbackVariables.LINKED_ACTION),
                clock.instant().minus(Duration.ofDays(FeedbackVariables.RATE_WINDOW_DAYS)));
        execution.setVariable(FeedbackVariables.COMPLAINTS_LINKED, rate.complaints());
        execution.setVariable(FeedbackVariables.DELIVERIES, rate.deliveries());
        execution.setVariable(FeedbackVariables.COMPLAINTS_PER_THOUSAND, rate.perThousandText());
    }
}
