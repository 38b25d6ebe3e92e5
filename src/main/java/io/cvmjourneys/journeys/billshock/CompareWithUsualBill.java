package io.cvmjourneys.journeys.billshock;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * What the customer usually pays, the average of their last {@value #BILLS} bills (their monthly
 * spend on record when they have none yet), and how far the prepared bill is above it.
 */
@Component("compareWithUsualBill")
class CompareWithUsualBill implements JavaDelegate {

    static final int BILLS = 3;

    private final CustomerCollections collections;
    private final CustomerDirectory customers;
    private final Clock clock;

    CompareWithUsualBill(CustomerCollections collections, CustomerDirectory customers, Clock clock) {
        this.collections = collections;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        BigDecimal usual = collections.usualBill(customerId, LocalDate.now(clock), BILLS)
                .or(() -> customers.context(customerId).map(context -> context.customer().arpu()))
                .filter(amount -> amount.signum() > 0)
                .orElseThrow(() -> new IllegalStateException("Customer " + customerId + " has no bill and no spend on record"));
        BigDecimal bill = BigDecimal.valueOf(((Number) execution.getVariable(BillShockVariables.BILL_AMOUNT)).doubleValue());
        execution.setVariable(BillShockVariables.USUAL_BILL, usual.setScale(2, RoundingMode.HALF_UP).doubleValue());
        execution.setVariable(BillShockVariables.BILL_INCREASE, bill.subtract(usual).setScale(2, RoundingMode.HALF_UP).doubleValue());
        execution.setVariable(BillShockVariables.BILL_RATIO, bill.divide(usual, 2, RoundingMode.HALF_UP).doubleValue());
    }
}
