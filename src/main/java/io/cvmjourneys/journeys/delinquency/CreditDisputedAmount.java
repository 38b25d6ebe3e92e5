package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CX upheld the dispute: the invoice is credited in full and collection ends. */
@Component("creditDisputedAmount")
class CreditDisputedAmount implements JavaDelegate {

    private final CustomerCollections collections;
    private final CollectionSteps steps;

    CreditDisputedAmount(CustomerCollections collections, CollectionSteps steps) {
        this.collections = collections;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(DelinquencyVariables.DISPUTE_REASON);
        collections.creditInvoice(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                JourneySteps.required(execution, DelinquencyVariables.INVOICE_ID), JourneySteps.today(),
                reason == null ? "Dispute upheld" : "Dispute upheld: " + reason, JourneySteps.reference(execution));
        steps.record(execution, "DISPUTE", "UPHELD", null);
    }
}
