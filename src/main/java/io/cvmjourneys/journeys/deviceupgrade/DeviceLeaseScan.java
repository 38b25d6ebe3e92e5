package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.customer.DeviceLeases;
import io.cvmjourneys.customer.DeviceLeases.LeaseEnding;
import io.cvmjourneys.journeys.DailyMomentScan;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The daily lease scan ({@code cvm.device-upgrade.lease-scan.*}): every lease of a running line that
 * ends within the window raises a DEVICE_LEASE_ENDING moment. The event id is the lease itself
 * (customer, line, end date), so each lease is raised once.
 */
@Component
class DeviceLeaseScan implements DailyMomentScan {

    private final DeviceLeases leases;
    private final DeviceUpgradeProperties properties;
    private final Clock clock;

    DeviceLeaseScan(DeviceLeases leases, DeviceUpgradeProperties properties, Clock clock) {
        this.leases = leases;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "Device lease scan, " + properties.leaseScan().windowDays() + " days ahead";
    }

    @Override
    public boolean enabled() {
        return properties.leaseScan().enabled();
    }

    @Override
    public String cron() {
        return properties.leaseScan().cron();
    }

    @Override
    public List<Moment> due(LocalDate today) {
        return leases.endingBetween(today, today.plusDays(properties.leaseScan().windowDays())).stream()
                .map(lease -> moment(lease, MomentType.DEVICE_LEASE_ENDING, Channel.APP, clock.instant()))
                .toList();
    }

    /** The moment of one lease; the same lease always has the same event id. */
    static Moment moment(LeaseEnding lease, MomentType type, Channel channel, Instant at) {
        return new Moment(eventId(lease, type), lease.customerId(), type, channel, at,
                Map.of(DeviceUpgradeRequested.SUBSCRIPTION_FIELD, lease.subscriptionId()));
    }

    static String eventId(LeaseEnding lease, MomentType type) {
        return (type == MomentType.DEVICE_LEASE_ENDING ? "lease-ending:" : "demo-" + type.name().toLowerCase() + ":")
                + lease.customerId() + ":" + lease.subscriptionId() + ":" + lease.leaseEnd();
    }
}
