package io.cvmjourneys.journeys;

import io.cvmjourneys.customer.Complaint;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The customer a journey is for, as its steps read them. */
@Component
public class JourneyCustomers {

    private final CustomerDirectory customers;

    JourneyCustomers(CustomerDirectory customers) {
        this.customers = customers;
    }

    /** The journey's customer; one the directory no longer knows fails the step, for an operator to see. */
    public CustomerContext of(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        return customers.context(customerId).orElseThrow(() -> new IllegalStateException(
                "Journey " + execution.getProcessInstanceId() + " is for customer " + customerId + ", who is not known"));
    }

    /** The customer's complaints filed since then, the latest first. */
    public List<Complaint> complaintsSince(DelegateExecution execution, Instant since) {
        return of(execution).recentComplaints().stream()
                .filter(complaint -> !complaint.filedAt().isBefore(since))
                .sorted(Comparator.comparing(Complaint::filedAt).reversed())
                .toList();
    }
}
