package io.cvmjourneys.journeys.onboarding;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentEvents;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Day 90's look back: besides what the customer used (recorded as it happened), whether they asked
 * to leave since joining (a cancellation or a port-out request came in). The outcome table,
 * dmn/onboarding-outcome.dmn, judges adoption from these.
 */
@Component("measureAdoption")
class MeasureAdoption implements JavaDelegate {

    private static final Set<MomentType> ASKING_TO_LEAVE = Set.of(MomentType.CANCELLATION_REQUEST, MomentType.PORT_OUT_REQUEST);

    private final MomentEvents moments;
    private final Clock clock;

    MeasureAdoption(MomentEvents moments, Clock clock) {
        this.moments = moments;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate joined = LocalDate.parse(JourneySteps.required(execution, OnboardingVariables.JOINED_ON));
        execution.setVariable(OnboardingVariables.ASKED_TO_LEAVE, moments.receivedSince(
                JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), ASKING_TO_LEAVE,
                joined.atStartOfDay(clock.getZone()).toInstant()));
    }
}
