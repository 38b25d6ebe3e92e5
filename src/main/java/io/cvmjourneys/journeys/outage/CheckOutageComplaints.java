package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentEvents;
import io.cvmjourneys.moments.MomentType;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Whether the customer complained from the start of the incident until now: our care did not reach them in time. */
@Component("checkOutageComplaints")
class CheckOutageComplaints implements JavaDelegate {

    private final MomentEvents moments;

    CheckOutageComplaints(MomentEvents moments) {
        this.moments = moments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(OutageVariables.COMPLAINED, moments.receivedSince(
                JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), Set.of(MomentType.COMPLAINT_SUBMITTED),
                ((Date) execution.getVariable(OutageVariables.INCIDENT_STARTED_AT)).toInstant()));
    }
}
