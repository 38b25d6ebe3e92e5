package io.cvmjourneys.journeys.upsell;

import io.cvmjourneys.customer.Complaint;
import io.cvmjourneys.journeys.JourneyCustomers;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The playbook's check after an upgrade: did the customer complain since the upgrade went on the
 * line, up to a week after the first bill with the new price? Counts them, and keeps the latest's
 * summary for the agent who calls.
 */
@Component("checkComplaintsSinceUpgrade")
class CheckComplaintsSinceUpgrade implements JavaDelegate {

    private final JourneyCustomers customers;

    CheckComplaintsSinceUpgrade(JourneyCustomers customers) {
        this.customers = customers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant since = ((Date) execution.getVariable(UpsellVariables.UPGRADE_APPLIED_AT)).toInstant();
        List<Complaint> complaints = customers.complaintsSince(execution, since);
        execution.setVariable(UpsellVariables.COMPLAINTS_SINCE_UPGRADE, complaints.size());
        execution.setVariable(UpsellVariables.COMPLAINT_SUMMARY, complaints.isEmpty() ? null : complaints.get(0).summary());
    }
}
