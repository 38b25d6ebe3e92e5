package io.cvmjourneys.journeys;

import io.cvmjourneys.customer.Complaint;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Did the customer complain since a moment of the journey (the upgrade went on the line, the
 * outage began)? BPMN: {@code camunda:delegateExpression="${checkComplaintsSince}"} with the input
 * parameter {@value #SINCE}, an expression for that moment ({@code ${upgradeAppliedAt}}). Leaves
 * the count in {@value JourneyVariables#COMPLAINT_COUNT} and the latest one's summary, for the agent
 * who calls, in {@value JourneyVariables#COMPLAINT_SUMMARY}.
 */
@Component("checkComplaintsSince")
class CheckComplaintsSince implements JavaDelegate {

    static final String SINCE = "complaintsSince";

    private final JourneyCustomers customers;

    CheckComplaintsSince(JourneyCustomers customers) {
        this.customers = customers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(execution.getVariableLocal(SINCE) instanceof Date since)) {
            throw new IllegalStateException("Step " + execution.getCurrentActivityId() + " names no moment to count complaints"
                    + " from: give it the input parameter '" + SINCE + "', a date");
        }
        List<Complaint> complaints = customers.complaintsSince(execution, since.toInstant());
        execution.setVariable(JourneyVariables.COMPLAINT_COUNT, complaints.size());
        execution.setVariable(JourneyVariables.COMPLAINT_SUMMARY, complaints.isEmpty() ? null : complaints.get(0).summary());
    }
}
