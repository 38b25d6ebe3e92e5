package io.cvmjourneys.feedback;

import io.cvmjourneys.customer.CustomerComplaints;
import io.cvmjourneys.engine.JourneySteps;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The complaint is resolved with the customer: from now the cooldown counts down. */
@Component("closeComplaint")
class CloseComplaint implements JavaDelegate {

    private final CustomerComplaints complaints;
    private final Clock clock;

    CloseComplaint(CustomerComplaints complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        complaints.resolve(JourneySteps.required(execution, FeedbackVariables.COMPLAINT_ID),
                clock.instant());
    }
}
