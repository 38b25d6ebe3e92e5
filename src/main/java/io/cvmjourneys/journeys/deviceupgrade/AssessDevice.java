package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.Subscription;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes what the eligibility and device-needs tables read: the device and plan of the line (the
 * one the moment named, else the first line with a device), days to its lease end (9999: no lease
 * running), the device's age, months left on the contract (0: none) and whether a bill is overdue.
 * Ages and months are calendar months counted from a fixed date, never from the length of the month
 * the customer happens to ask in: a device is N months old from the Nth monthly anniversary of its
 * lease start (the lease end minus the lease term) — an owned device counts as a full term old — and a
 * contract has N months left until N monthly anniversaries before its end (a started month counts).
 */
@Component("assessDevice")
class AssessDevice implements JavaDelegate {

    /** What the tables see for "no lease running", as the next-best-action table does. */
    static final int NO_LEASE = 9999;

    private final CustomerDirectory customers;
    private final DeviceUpgradeProperties properties;
    private final Clock clock;

    AssessDevice(CustomerDirectory customers, DeviceUpgradeProperties properties, Clock clock) {
        this.customers = customers;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CustomerContext context = customers.context(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID))
                .orElseThrow(() -> new IllegalStateException("Journey " + execution.getProcessInstanceId()
                        + " is for a customer who is not known"));
        LocalDate today = LocalDate.now(clock);
        Subscription line = lineOf(context, execution.getVariable(DeviceUpgradeVariables.SUBSCRIPTION_ID));
        LocalDate leaseEnd = line == null || line.deviceLeaseEnd() == null || line.deviceLeaseEnd().isBefore(today)
                ? null : line.deviceLeaseEnd();
        execution.setVariable(DeviceUpgradeVariables.CURRENT_DEVICE, line == null || line.deviceModel() == null
                ? "own device" : line.deviceModel());
        execution.setVariable(DeviceUpgradeVariables.PLAN_NAME, line == null ? "" : line.plan());
        execution.setVariable(DeviceUpgradeVariables.MONTHLY_SPEND, context.customer().arpu().doubleValue());
        execution.setVariable(DeviceUpgradeVariables.DAYS_TO_LEASE_END,
                leaseEnd == null ? NO_LEASE : (int) ChronoUnit.DAYS.between(today, leaseEnd));
        execution.setVariable(DeviceUpgradeVariables.DEVICE_AGE_MONTHS, deviceAgeMonths(line, today));
        execution.setVariable(DeviceUpgradeVariables.MONTHS_LEFT_ON_CONTRACT, line == null || line.contractEnd() == null
                || !line.contractEnd().isAfter(today) ? 0 : startedMonthsUntil(today, line.contractEnd()));
        execution.setVariable(DeviceUpgradeVariables.PAYMENT_STATUS, context.billing().isDelinquent() ? "OVERDUE" : "CURRENT");
    }

    private int deviceAgeMonths(Subscription line, LocalDate today) {
        if (line == null || line.deviceLeaseEnd() == null) {
            return properties.leaseTermMonths();
        }
        LocalDate leaseStart = line.deviceLeaseEnd().minusMonths(properties.leaseTermMonths());
        return today.isBefore(leaseStart) ? 0 : (int) ChronoUnit.MONTHS.between(leaseStart, today);
    }

    /** Whole months from today to the end, plus one for a month begun: 18 months and a day left is 19. */
    private static int startedMonthsUntil(LocalDate today, LocalDate end) {
        int whole = (int) ChronoUnit.MONTHS.between(today, end);
        return today.plusMonths(whole).isBefore(end) ? whole + 1 : whole;
    }

    /** The line the moment named, else the first with a device, else the first; null without any. */
    private static Subscription lineOf(CustomerContext context, Object named) {
        return context.subscriptions().stream()
                .filter(subscription -> named == null ? subscription.deviceModel() != null : subscription.id().equals(named))
                .findFirst()
                .orElse(context.subscriptions().isEmpty() ? null : context.subscriptions().get(0));
    }
}
