package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The apology credit the table chose, on the customer's next bill, once (the step's reference keeps it so). */
@Component("grantApologyCredit")
class GrantApologyCredit implements JavaDelegate {

    private final CustomerAccounts accounts;
    private final Clock clock;

    GrantApologyCredit(CustomerAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BigDecimal credit = BigDecimal.valueOf(((Number) execution.getVariable(OutageVariables.APOLOGY_CREDIT)).doubleValue())
                .setScale(2, RoundingMode.HALF_UP);
        accounts.applyCredit(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), credit,
                "Apology for the outage: " + JourneySteps.required(execution, OutageVariables.INCIDENT_TITLE),
                LocalDate.now(clock), JourneySteps.reference(execution));
    }
}
