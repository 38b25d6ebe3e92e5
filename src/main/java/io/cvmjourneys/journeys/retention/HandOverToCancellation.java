package io.cvmjourneys.journeys.retention;

import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The customer asked to leave after all: the cancellation journey starting for them stops their
 * proactive retention journey, whatever step it is at, in the same transaction. The offer it made
 * stays in the contact history, where the "Not offered twice" policy finds it. BPMN: an execution
 * listener on the cancellation journey's start, {@code delegateExpression="${handOverProactiveSave}"}.
 */
@Component("handOverProactiveSave")
class HandOverToCancellation implements ExecutionListener {

    private final JourneyRuntime journeys;

    HandOverToCancellation(JourneyRuntime journeys) {
        this.journeys = journeys;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        if (journeys.waitingFor(RetentionVariables.ASKED_TO_LEAVE, customerId).isPresent()) {
            journeys.correlate(RetentionVariables.ASKED_TO_LEAVE, customerId, Map.of());
        }
    }
}
