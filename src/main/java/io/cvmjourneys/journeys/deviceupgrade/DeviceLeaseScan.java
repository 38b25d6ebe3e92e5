package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.customer.DeviceLeases;
import io.cvmjourneys.customer.DeviceLeases.LeaseEnding;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily scan: every lease of a running line that ends within the window raises a
 * DEVICE_LEASE_ENDING moment through the intake, like any channel would. The event id is the
 * lease itself (customer, line, end date), so the intake's idempotency raises each lease once,
 * however many days it stays in the window and however many nodes scan.
 */
@Component
class DeviceLeaseScan {

    private static final Logger log = LoggerFactory.getLogger(DeviceLeaseScan.class);

    private final DeviceLeases leases;
    private final MomentIntake intake;
    private final DeviceUpgradeProperties properties;
    private final Clock clock;

    DeviceLeaseScan(DeviceLeases leases, MomentIntake intake, DeviceUpgradeProperties properties, Clock clock) {
        this.leases = leases;
        this.intake = intake;
        this.properties = properties;
        this.clock = clock;
    }

    /** Raises the moment for every lease ending from today to the end of the window; answers how each went. */
    Map<MomentAnswer.Status, Integer> scan() {
        LocalDate today = LocalDate.now(clock);
        Map<MomentAnswer.Status, Integer> counts = new EnumMap<>(MomentAnswer.Status.class);
        for (LeaseEnding lease : leases.endingBetween(today, today.plusDays(properties.leaseScan().windowDays()))) {
            try {
                counts.merge(raise(lease, MomentType.DEVICE_LEASE_ENDING, Channel.APP).status(), 1, Integer::sum);
            } catch (RuntimeException refused) {
                // one customer's failure must not keep the others from their journey
                log.warn("Lease {} of {} ending {}: no moment raised", lease.subscriptionId(), lease.customerId(),
                        lease.leaseEnd(), refused);
            }
        }
        log.info("Device lease scan for {} + {} days: {}", today, properties.leaseScan().windowDays(), counts);
        return counts;
    }

    /** Raises the moment of one lease now. */
    MomentAnswer raise(LeaseEnding lease, MomentType type, Channel channel) {
        return intake.receive(moment(lease, type, channel, clock.instant()));
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
