package io.cvmjourneys.journeys.outage;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The hours the customer was without full service: from the incident's start to the fix, to a tenth of an hour. */
@Component("measureDisruption")
class MeasureDisruption implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Date started = (Date) execution.getVariable(OutageVariables.INCIDENT_STARTED_AT);
        Date restored = (Date) execution.getVariable(OutageVariables.RESTORED_AT);
        long minutes = Duration.between(started.toInstant(), restored.toInstant()).toMinutes();
        execution.setVariable(OutageVariables.HOURS_WITHOUT_SERVICE, Math.round(minutes / 6.0) / 10.0);
    }
}
