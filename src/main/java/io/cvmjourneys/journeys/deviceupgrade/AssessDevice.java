package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.Subscription;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes what the eligibility and device-needs tables read: the device and plan of the line (the
 * one the moment named, else the first line with a device), days to its lease end (9999: no lease
 * running), the device's age (the lease term minus what is left of it; an owned device counts as a
 * full term old), months left on the contract (0: none) and whether a bill is overdue.
 */
@Component("assessDevice")
class AssessDevice implements JavaDelegate {

    /** What the tables see for "no lease running", as the next-best-action table does. */
    static final int NO_LEASE = 9999;

    private final CustomerDirectory customers;
    private final DeviceUpgradeProperties properties;

    AssessDevice(CustomerDirectory customers, DeviceUpgradeProperties properties) {
        this.customers = customers;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CustomerContext context = customers.context(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID))
                .orElseThrow(() -> new IllegalStateException("Journey " + execution.getProcessInstanceId()
                        + " is for a customer who is not known"));
        LocalDate today = JourneySteps.today();
        Subscription line = lineOf(context, execution.getVariable(DeviceUpgradeVariables.SUBSCRIPTION_ID));
        LocalDate leaseEnd = line == null || line.deviceLeaseEnd() == null || line.deviceLeaseEnd().isBefore(today)
                ? null : line.deviceLeaseEnd();
        int monthsToLeaseEnd = leaseEnd == null ? 0 : (int) ChronoUnit.MONTHS.between(today, leaseEnd);
        execution.setVariable(DeviceUpgradeVariables.CURRENT_DEVICE, line == null || line.deviceModel() == null
                ? "own device" : line.deviceModel());
        execution.setVariable(DeviceUpgradeVariables.PLAN_NAME, line == null ? "" : line.plan());
        execution.setVariable(DeviceUpgradeVariables.MONTHLY_SPEND, context.customer().arpu().doubleValue());
        execution.setVariable(DeviceUpgradeVariables.DAYS_TO_LEASE_END,
                leaseEnd == null ? NO_LEASE : (int) ChronoUnit.DAYS.between(today, leaseEnd));
        execution.setVariable(DeviceUpgradeVariables.DEVICE_AGE_MONTHS, properties.leaseTermMonths() - monthsToLeaseEnd);
        execution.setVariable(DeviceUpgradeVariables.MONTHS_LEFT_ON_CONTRACT, line == null || line.contractEnd() == null
                || line.contractEnd().isBefore(today) ? 0 : (int) ChronoUnit.MONTHS.between(today, line.contractEnd()));
        execution.setVariable(DeviceUpgradeVariables.PAYMENT_STATUS, context.billing().isDelinquent() ? "OVERDUE" : "CURRENT");
    }

    /** The line the moment named, else the first with a device, else the first; null without any. */
    private static Subscription lineOf(CustomerContext context, Object named) {
        return context.subscriptions().stream()
                .filter(subscription -> named == null ? subscription.deviceModel() != null : subscription.id().equals(named))
                .findFirst()
                .orElse(context.subscriptions().isEmpty() ? null : context.subscriptions().get(0));
    }
}
