package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.engine.JourneySteps;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A missed instalment breaks the plan; collection resumes where the ladder stopped. */
@Component("recordMissedInstalment")
class RecordMissedInstalment implements JavaDelegate {

    private final CustomerCollections collections;
    private final CollectionSteps steps;
    private final Clock clock;

    RecordMissedInstalment(CustomerCollections collections, CollectionSteps steps, Clock clock) {
        this.collections = collections;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        collections.breakPaymentPlan(JourneySteps.required(execution, DelinquencyVariables.PLAN_ID), clock.instant());
        steps.record(execution, "PAYMENT_PLAN", "BROKEN", null);
    }
}
