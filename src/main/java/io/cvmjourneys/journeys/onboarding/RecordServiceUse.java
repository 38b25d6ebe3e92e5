package io.cvmjourneys.journeys.onboarding;

import io.cvmjourneys.engine.JourneySteps;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps what the customer has used so far: each first call, first data session, first app login or
 * top-up sets its flag for the checks that follow, and the first of them is when the customer
 * started using the service (time to activation).
 */
@Component("recordServiceUse")
class RecordServiceUse implements JavaDelegate {

    private final Clock clock;

    RecordServiceUse(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ServiceUse use = ServiceUse.valueOf(JourneySteps.required(execution, OnboardingVariables.SERVICE_USED));
        // the flags belong to the whole journey, not to this event subprocess
        DelegateExecution journey = execution.getProcessInstance();
        journey.setVariable(use.flag, true);
        if (use.isServiceItself() && journey.getVariable(OnboardingVariables.FIRST_USED_AT) == null) {
            journey.setVariable(OnboardingVariables.FIRST_USED_AT, Date.from(clock.instant()));
        }
    }
}
