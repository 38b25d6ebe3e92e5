package io.cvmjourneys.journeys.renewal;

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

/**
 * The accepted renewal on the line from today: the new plan and fee, and a contract running the
 * decided months. Once per journey step, however often the step is retried.
 */
@Component("applyRenewal")
class ApplyRenewal implements JavaDelegate {

    private final CustomerAccounts accounts;
    private final Clock clock;

    ApplyRenewal(CustomerAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        int months = ((Number) execution.getVariable(RenewalVariables.RENEWAL_MONTHS)).intValue();
        BigDecimal fee = BigDecimal.valueOf(((Number) execution.getVariable(RenewalVariables.RENEWAL_MONTHLY_FEE)).doubleValue())
                .setScale(2, RoundingMode.HALF_UP);
        accounts.renewContract(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                JourneySteps.required(execution, RenewalVariables.SUBSCRIPTION_ID),
                JourneySteps.required(execution, RenewalVariables.RENEWAL_PLAN), fee, months, today,
                JourneySteps.reference(execution));
        execution.setVariable(RenewalVariables.NEW_CONTRACT_END, today.plusMonths(months).toString());
    }
}
