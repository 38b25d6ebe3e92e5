package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.customer.CustomerCollections.BarringLevel;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Bars the customer's service at the level the BPMN input parameter {@code barringLevel} names (PARTIAL or FULL). */
@Component("barService")
class BarService implements JavaDelegate {

    private final CustomerCollections collections;
    private final CollectionSteps steps;
    private final Clock clock;

    BarService(CustomerCollections collections, CollectionSteps steps, Clock clock) {
        this.collections = collections;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BarringLevel level = BarringLevel.valueOf(JourneySteps.required(execution, DelinquencyVariables.BARRING_LEVEL));
        collections.bar(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), level, clock.instant(),
                JourneySteps.reference(execution));
        steps.record(execution, "BARRING", level.name(), null);
    }
}
