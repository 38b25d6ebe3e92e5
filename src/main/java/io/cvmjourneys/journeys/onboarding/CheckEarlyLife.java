package io.cvmjourneys.journeys.onboarding;

import io.cvmjourneys.customer.Complaint;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyCustomers;
import io.cvmjourneys.journeys.JourneyVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first week's check beside what the network and the app saw: complaints the customer filed
 * since joining, and the latest one's words for the agent who may call (the care table,
 * dmn/early-life-care.dmn, decides what follows).
 */
@Component("checkEarlyLife")
class CheckEarlyLife implements JavaDelegate {

    private final JourneyCustomers customers;
    private final Clock clock;

    CheckEarlyLife(JourneyCustomers customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate joined = LocalDate.parse(JourneySteps.required(execution, OnboardingVariables.JOINED_ON));
        List<Complaint> complaints = customers.complaintsSince(execution, joined.atStartOfDay(clock.getZone()).toInstant());
        execution.setVariable(OnboardingVariables.COMPLAINTS_SINCE_JOINING, complaints.size());
        execution.setVariable(JourneyVariables.COMPLAINT_SUMMARY, complaints.isEmpty() ? null : complaints.get(0).summary());
    }
}
