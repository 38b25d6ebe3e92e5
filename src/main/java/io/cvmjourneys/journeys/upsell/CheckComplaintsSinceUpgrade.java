package io.cvmjourneys.journeys.upsell;

import io.cvmjourneys.customer.Complaint;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Instant;
import java.util.Comparator;
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

    private final CustomerDirectory customers;

    CheckComplaintsSinceUpgrade(CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant since = ((Date) execution.getVariable(UpsellVariables.UPGRADE_APPLIED_AT)).toInstant();
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        List<Complaint> complaints = customers.context(customerId).orElseThrow(() -> new IllegalStateException(
                        "Journey " + execution.getProcessInstanceId() + " is for customer " + customerId + ", who is not known"))
                .recentComplaints().stream()
                .filter(complaint -> !complaint.filedAt().isBefore(since))
                .sorted(Comparator.comparing(Complaint::filedAt).reversed())
                .toList();
        execution.setVariable(UpsellVariables.COMPLAINTS_SINCE_UPGRADE, complaints.size());
        execution.setVariable(UpsellVariables.COMPLAINT_SUMMARY, complaints.isEmpty() ? null : complaints.get(0).summary());
    }
}
