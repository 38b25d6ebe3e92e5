package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer paid (or paid off the plan): the invoice is settled, any barring lifted, and the cure
 * recorded with the days it took; a payment while a promise was running counts as the promise kept.
 */
@Component("settleAccount")
class SettleAccount implements JavaDelegate {

    private final CustomerCollections collections;
    private final CollectionSteps steps;
    private final Clock clock;

    SettleAccount(CustomerCollections collections, CollectionSteps steps, Clock clock) {
        this.collections = collections;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        collections.settleInvoice(customerId, JourneySteps.required(execution, DelinquencyVariables.INVOICE_ID),
                clock.instant(), JourneySteps.reference(execution));
        boolean lifted = collections.liftBarring(customerId, clock.instant(), JourneySteps.reference(execution) + ":lift");
        long daysToPay = ChronoUnit.DAYS.between(
                LocalDate.parse(JourneySteps.required(execution, DelinquencyVariables.INVOICE_DUE_DATE)), LocalDate.now(clock));
        execution.setVariable(DelinquencyVariables.DAYS_TO_PAY, daysToPay);
        if (execution.getVariable(DelinquencyVariables.PROMISE_DEADLINE) instanceof Date deadline
                && !deadline.toInstant().isBefore(clock.instant())) {
            steps.record(execution, "PROMISE_TO_PAY", "KEPT", null);
        }
        steps.record(execution, "PAYMENT", "CURED", daysToPay + " days after the due date" + (lifted ? ", barring lifted" : ""));
    }
}
