package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.customer.DeviceLeases;
import io.cvmjourneys.customer.DeviceLeases.LeaseEnding;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: a few customers whose lease ends within a month enter the journey on a first run —
 * three by the lease scan's own moment, one asking in a store (the store's Tasklist shows the
 * trade-in grading), one reporting a faulty device — so the journey is alive without waiting for
 * the 06:00 scan. Event ids are the leases', so a restart, or the scan later, starts nothing twice.
 */
@Component
@Profile("demo")
@Order(25)
class DemoDeviceUpgrades implements ApplicationRunner {

    private static final List<MomentType> TYPES = List.of(MomentType.DEVICE_LEASE_ENDING, MomentType.DEVICE_LEASE_ENDING,
            MomentType.DEVICE_LEASE_ENDING, MomentType.UPGRADE_REQUESTED, MomentType.DEVICE_MALFUNCTION);
    private static final int WINDOW_DAYS = 30;

    private final DeviceLeases leases;
    private final MomentIntake intake;
    private final Clock clock;

    DemoDeviceUpgrades(DeviceLeases leases, MomentIntake intake, Clock clock) {
        this.leases = leases;
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        List<LeaseEnding> ending = leases.endingBetween(today, today.plusDays(WINDOW_DAYS));
        for (int i = 0; i < Math.min(TYPES.size(), ending.size()); i++) {
            MomentType type = TYPES.get(i);
            intake.receive(DeviceLeaseScan.moment(ending.get(i), type,
                    type == MomentType.UPGRADE_REQUESTED ? Channel.STORE : Channel.APP, clock.instant()));
        }
    }
}
