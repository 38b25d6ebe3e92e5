package io.cvmjourneys.journeys;

import io.cvmjourneys.customer.CustomerContext;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes what a journey's decisions and people need to know about the customer into the journey:
 * customer type, value segment, CLV, tenure, days to contract end, days overdue, open complaint, vulnerability. BPMN:
 * {@code camunda:delegateExpression="${assessCustomer}"}.
 */
@Component("assessCustomer")
class AssessCustomer implements JavaDelegate {

    private final JourneyCustomers customers;
    private final Clock clock;

    AssessCustomer(JourneyCustomers customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CustomerContext context = customers.of(execution);
        LocalDate today = LocalDate.now(clock);
        execution.setVariable(JourneyVariables.CUSTOMER_NAME, context.customer().name());
        execution.setVariable(JourneyVariables.CUSTOMER_TYPE, context.customer().type().name());
        execution.setVariable(JourneyVariables.CUSTOMER_SEGMENT, context.customer().segment().name());
        execution.setVariable(JourneyVariables.CUSTOMER_VALUE, context.customer().clv().doubleValue());
        execution.setVariable(JourneyVariables.TENURE_MONTHS, context.tenureMonths(today));
        execution.setVariable(JourneyVariables.DAYS_TO_CONTRACT_END, context.daysToContractEnd(today).orElse(null));
        execution.setVariable(JourneyVariables.DAYS_OVERDUE, context.billing().daysDelinquent());
        execution.setVariable(JourneyVariables.OPEN_COMPLAINT, context.hasOpenComplaint());
        execution.setVariable(JourneyVariables.VULNERABLE, context.customer().vulnerable());
    }
}
