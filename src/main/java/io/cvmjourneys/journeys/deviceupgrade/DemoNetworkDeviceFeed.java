package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.devices.DeviceSightings;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Demo only: the network's device feed, played by the application. A real feed (the core network's
 * device-change events or a daily usage extract) posts to {@code POST /api/devices/sightings}; here,
 * every hour, the network "sees" the new device of three in four upgraded customers a day after it
 * was delivered — the fourth never switches over, so the adoption check has a help call to give.
 */
@Component
@Profile("demo")
class DemoNetworkDeviceFeed {

    static final Duration SEEN_AFTER_DELIVERY = Duration.ofDays(1);

    private final RuntimeService runtimeService;
    private final DeviceSightings sightings;
    private final Clock clock;

    DemoNetworkDeviceFeed(RuntimeService runtimeService, DeviceSightings sightings, Clock clock) {
        this.runtimeService = runtimeService;
        this.sightings = sightings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void reportNewDevicesInUse() {
        Instant now = clock.instant();
        for (Execution waiting : runtimeService.createExecutionQuery().processDefinitionKey(DeviceUpgradeVariables.PROCESS_ID)
                .activityId("Event_TwoWeeksLater").list()) {
            Date delivered = (Date) runtimeService.getVariable(waiting.getId(), DeviceUpgradeVariables.DELIVERED_AT);
            String customerId = (String) runtimeService.getVariable(waiting.getId(), JourneyStartVariables.CUSTOMER_ID);
            Instant seen = delivered == null ? null : delivered.toInstant().plus(SEEN_AFTER_DELIVERY);
            if (seen != null && !seen.isAfter(now) && switchesOver(customerId)) {
                sightings.record(customerId, (String) runtimeService.getVariable(waiting.getId(),
                        DeviceUpgradeVariables.ORDERED_DEVICE), seen);
            }
        }
    }

    /** The same three in four customers every time, on every node. */
    static boolean switchesOver(String customerId) {
        return Math.floorMod(customerId.hashCode(), 4) != 0;
    }
}
