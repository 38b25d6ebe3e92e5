package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.customer.CustomerCollections.Instalment;
import io.cvmjourneys.engine.JourneySteps;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A payment plan's instalments as the journey tracks them: the open instalment's deadline (its due
 * date plus grace), and {@code ${recordInstalmentPayment}} when a PAYMENT_RECEIVED moment comes in.
 */
@Component("recordInstalmentPayment")
class Instalments implements JavaDelegate {

    private final CustomerCollections collections;
    private final CollectionSteps steps;
    private final Clock clock;

    Instalments(CustomerCollections collections, CollectionSteps steps, Clock clock) {
        this.collections = collections;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Instalment> next = collections.payInstalment(JourneySteps.required(execution, DelinquencyVariables.PLAN_ID),
                clock.instant());
        next.ifPresent(instalment -> waitFor(execution, instalment));
        execution.setVariable(DelinquencyVariables.PLAN_PAID_OFF, next.isEmpty());
        steps.record(execution, "PAYMENT_PLAN", next.isEmpty() ? "PAID_OFF" : "INSTALMENT_PAID",
                next.map(instalment -> "next: " + instalment.number() + " of " + instalment.of()).orElse(null));
    }

    void waitFor(DelegateExecution execution, Instalment instalment) {
        execution.setVariable(DelinquencyVariables.INSTALMENT_DEADLINE, Deadlines.endOfDayPlus(instalment.dueOn(),
                JourneySteps.required(execution, DelinquencyVariables.PAYMENT_GRACE), clock.getZone()));
    }
}
