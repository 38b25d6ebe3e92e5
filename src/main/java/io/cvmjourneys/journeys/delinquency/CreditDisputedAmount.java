package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CX upheld the dispute: the invoice is credited in full and collection ends. */
@Component("creditDisputedAmount")
class CreditDisputedAmount implements JavaDelegate {

    private final CustomerCollections collections;
    private final CollectionSteps steps;
    private final Clock clock;

    CreditDisputedAmount(CustomerCollections collections, CollectionSteps steps, Clock clock) {
        this.collections = collections;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(DelinquencyVariables.DISPUTE_REASON);
        collections.creditInvoice(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                JourneySteps.required(execution, DelinquencyVariables.INVOICE_ID), LocalDate.now(clock),
                reason == null ? "Dispute upheld" : "Dispute upheld: " + reason, JourneySteps.reference(execution));
        steps.record(execution, "DISPUTE", "UPHELD", null);
    }
}
