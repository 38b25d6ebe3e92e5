package io.cvmjourneys.journeys.upsell;

import io.cvmjourneys.customer.BillingCycle;
import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The accepted upgrade on the line from today: its plan and monthly fee as the terms table priced
 * them, once per journey step however often the step is retried. Bills are issued on the first of
 * the month, so the first one with the new price is next month's; the journey looks for complaints
 * {@value #DAYS_AFTER_FIRST_BILL} days after it, when the customer has had time to read it.
 */
@Component("applyUpgrade")
class ApplyUpgrade implements JavaDelegate {

    static final int DAYS_AFTER_FIRST_BILL = 7;

    private final CustomerAccounts accounts;
    private final Clock clock;

    ApplyUpgrade(CustomerAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        BigDecimal fee = BigDecimal.valueOf(((Number) execution.getVariable(UpsellVariables.UPGRADE_MONTHLY_FEE)).doubleValue())
                .setScale(2, RoundingMode.HALF_UP);
        accounts.changePlan(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                JourneySteps.required(execution, UpsellVariables.SUBSCRIPTION_ID),
                JourneySteps.required(execution, UpsellVariables.UPGRADE_PLAN), fee, now.toLocalDate(),
                JourneySteps.reference(execution));
        LocalDate firstBill = BillingCycle.nextBillDay(now.toLocalDate());
        execution.setVariable(UpsellVariables.UPGRADE_APPLIED_AT, Date.from(now.toInstant()));
        execution.setVariable(UpsellVariables.FIRST_BILL_CHECK_AT,
                Date.from(firstBill.plusDays(DAYS_AFTER_FIRST_BILL).atStartOfDay(clock.getZone()).toInstant()));
    }
}
