package io.cvmjourneys.journeys.deviceupgrade;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the device-upgrade journey ({@code cvm.device-upgrade.*}).
 *
 * @param leaseScan       the daily scan that raises DEVICE_LEASE_ENDING moments
 * @param leaseTermMonths how long a device lease runs: a lease started this many months before it ends, which dates the device
 */
@Validated
@ConfigurationProperties("cvm.device-upgrade")
record DeviceUpgradeProperties(@Valid LeaseScan leaseScan, @Positive @Max(60) Integer leaseTermMonths) {

    DeviceUpgradeProperties {
        leaseScan = leaseScan == null ? new LeaseScan(null, null, null) : leaseScan;
        leaseTermMonths = leaseTermMonths == null ? 24 : leaseTermMonths;
    }

    /**
     * @param enabled    whether this node runs the scan (every node may: a lease's moment is raised once)
     * @param cron       when, as a Spring cron expression in the server's time zone
     * @param windowDays leases ending within this many days from today raise the moment
     */
    record LeaseScan(Boolean enabled, String cron, @Positive @Max(365) Integer windowDays) {
        LeaseScan {
            enabled = enabled == null || enabled;
            cron = cron == null ? "0 0 6 * * *" : cron;
            windowDays = windowDays == null ? 30 : windowDays;
        }
    }
}
