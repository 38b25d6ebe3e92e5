package io.cvmjourneys.journeys.deviceupgrade;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the lease scan on {@code cvm.device-upgrade.lease-scan.cron}, unless {@code ...enabled} is false. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeviceUpgradeScheduling implements SchedulingConfigurer {

    private final DeviceLeaseScan scan;
    private final DeviceUpgradeProperties properties;

    DeviceUpgradeScheduling(DeviceLeaseScan scan, DeviceUpgradeProperties properties) {
        this.scan = scan;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (properties.leaseScan().enabled()) {
            tasks.addCronTask(scan::scan, properties.leaseScan().cron());
        }
    }
}
