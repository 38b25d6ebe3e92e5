package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.customer.CustomerCollections.OpenInvoice;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** What the collection strategy needs about the debt: amount, due date and the payment history of the last year. */
@Component("assessDebt")
class AssessDebt implements JavaDelegate {

    private final CustomerCollections collections;
    private final Clock clock;

    AssessDebt(CustomerCollections collections, Clock clock) {
        this.collections = collections;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        String invoiceId = JourneySteps.required(execution, DelinquencyVariables.INVOICE_ID);
        OpenInvoice invoice = collections.openInvoice(customerId, invoiceId).orElseThrow(() -> new IllegalStateException(
                "Journey " + execution.getProcessInstanceId() + " collects invoice " + invoiceId + ", which is not open"));
        execution.setVariable(DelinquencyVariables.AMOUNT_DUE, invoice.amount().doubleValue());
        execution.setVariable(DelinquencyVariables.INVOICE_DUE_DATE, invoice.dueOn().toString());
        execution.setVariable(DelinquencyVariables.LATE_PAYMENTS,
                collections.latePaymentsInYearBefore(customerId, LocalDate.now(clock)));
        execution.setVariable(DelinquencyVariables.LADDER_STAGE, DelinquencyVariables.FIRST_STAGE);
    }
}
