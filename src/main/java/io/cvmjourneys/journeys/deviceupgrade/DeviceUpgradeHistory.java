package io.cvmjourneys.journeys.deviceupgrade;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.DeviceLeases;
import io.cvmjourneys.customer.DeviceLeases.LeaseEnding;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the device upgrades of the demo's past. Customers a few months from the end of their
 * lease ask for a new phone, most in a store, some in the app, and some report a faulty one. (The
 * leases the daily scan raises are those ending within its window from today, which the live demo
 * and the scan itself take.) Those in the store order there; about half of the others answer the
 * offer; the network's device feed sees most new phones in use, the help desk calls the others.
 */
@Component
@Profile("demo")
class DeviceUpgradeHistory implements ProgramHistory {

    static final int JOURNEYS = 28;
    static final int LEASES_LOOKED_AT = 60;
    /** Asking for a new phone within five months of the lease's end: an early upgrade, with its fee. */
    static final int ASKING_MONTHS_AHEAD = 5;
    /** Upgrades open six months into a 24-month contract: at most 18 months left. */
    static final int SIX_MONTHS_IN = 18;
    /** An upgrade takes three to four weeks to its end: order, delivery, two weeks in use, the survey. */
    static final int LAST_START_DAYS_AGO = 20;

    private static final List<MomentType> MOMENTS = List.of(MomentType.UPGRADE_REQUESTED, MomentType.DEVICE_MALFUNCTION);
    private static final List<String> GRADES = List.of("A", "B", "C", "D", "NONE");
    private static final List<String> HELP_OUTCOMES = List.of("NOW_USING", "STORE_VISIT", "DEVICE_PROBLEM", "NOT_REACHED");

    private final DeviceLeases leases;
    private final CustomerDirectory customers;
    private final DemoNetworkDeviceFeed networkFeed;
    private final DeviceUpgradeProperties properties;
    private final Clock clock;

    DeviceUpgradeHistory(DeviceLeases leases, CustomerDirectory customers, DemoNetworkDeviceFeed networkFeed,
                         DeviceUpgradeProperties properties, Clock clock) {
        this.leases = leases;
        this.customers = customers;
        this.networkFeed = networkFeed;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return DeviceUpgradeVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        LocalDate scannedFromToday = period.lastDay().plusDays(properties.leaseScan().windowDays());
        return period.startTimes(JOURNEYS, Duration.ZERO, Duration.ofDays(LAST_START_DAYS_AGO)).stream()
                .map(at -> {
                    MomentType type = oneOf(random, MOMENTS, 85, 15);
                    Channel channel = type == MomentType.UPGRADE_REQUESTED && happens(random, 0.7) ? Channel.STORE : Channel.APP;
                    int pick = random.nextInt(LEASES_LOOKED_AT);
                    return new PastStart(at, () -> leaseEndingLater(period, scannedFromToday, pick)
                            .map(lease -> DeviceLeaseScan.moment(lease, type, channel, clock.instant())));
                })
                .toList();
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        return switch (taskKey) {
            case "Task_GradeTradeIn" -> Optional.of(TaskWork.after(teamDelay(random), Map.of(
                    DeviceUpgradeVariables.CONDITION_GRADE, oneOf(random, GRADES, 25, 35, 20, 10, 10),
                    DeviceUpgradeVariables.POWERS_ON, happens(random, 0.9),
                    DeviceUpgradeVariables.SCREEN_INTACT, happens(random, 0.8),
                    DeviceUpgradeVariables.ACTIVATION_LOCK_REMOVED, happens(random, 0.95))));
            case "Task_TakeUpgradeOrder" -> Optional.of(TaskWork.after(within(random, Duration.ofMinutes(10), Duration.ofHours(3)),
                    Map.of(DeviceUpgradeVariables.ORDERED_DEVICE,
                            Optional.ofNullable(journey.get(DeviceUpgradeVariables.RECOMMENDED_DEVICE)).orElse("GALAXY_S25"),
                            DeviceUpgradeVariables.INSURANCE, happens(random, 0.4),
                            DeviceUpgradeVariables.ACCESSORY_CASE, happens(random, 0.3),
                            DeviceUpgradeVariables.ACCESSORY_SCREEN_PROTECTOR, happens(random, 0.3),
                            DeviceUpgradeVariables.ACCESSORY_CHARGER, happens(random, 0.2),
                            DeviceUpgradeVariables.OFFER_RESPONSE, happens(random, 0.85) ? "ACCEPTED" : "DECLINED")));
            case "Task_AdoptionHelpCall" -> Optional.of(TaskWork.after(teamDelay(random), Map.of(
                    "helpOutcome", oneOf(random, HELP_OUTCOMES, 55, 15, 10, 20),
                    "helpNote", "Walked the customer through moving the SIM and their data")));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        return switch (messageName) {
            // asked once, and again after the reminder
            case DeviceUpgradeAnswers.OFFER_ANSWERED -> happens(random, 0.45) ? Optional.of(new Reply(
                    within(random, Duration.ofHours(4), Duration.ofDays(6)), MomentType.OFFER_ANSWERED, Channel.APP,
                    Map.of("answer", happens(random, 0.65) ? "ACCEPTED" : "DECLINED"))) : Optional.empty();
            case DeviceUpgradeAnswers.SURVEY_ANSWERED -> happens(random, 0.5) ? Optional.of(new Reply(
                    within(random, Duration.ofHours(2), Duration.ofDays(6)), MomentType.SURVEY_ANSWERED, Channel.EMAIL,
                    Map.of("score", oneOf(random, List.of(6, 7, 8, 9, 10), 1, 2, 3, 3, 3)))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The network's device feed runs through the past too: it sees the new phones that were switched on. */
    @Override
    public void timePassed() {
        networkFeed.reportNewDevicesInUse();
    }

    /** One of the leases ending in the coming months, after the ones the lease scan raises from today, of a free customer. */
    private Optional<LeaseEnding> leaseEndingLater(PastPeriod period, LocalDate scannedFromToday, int pick) {
        LocalDate today = LocalDate.now(clock);
        List<LeaseEnding> ending = leases.endingBetween(today, today.plusMonths(ASKING_MONTHS_AHEAD)).stream()
                .filter(lease -> lease.leaseEnd().isAfter(scannedFromToday)).toList();
        return ending.stream().skip(ending.isEmpty() ? 0 : pick % Math.min(ending.size(), LEASES_LOOKED_AT))
                .filter(lease -> mayUpgrade(lease, today) && period.claim(lease.customerId())).findFirst();
    }

    /** Customers who ask are mostly ones who may: their bills paid, their contract six months in. */
    private boolean mayUpgrade(LeaseEnding lease, LocalDate today) {
        return customers.context(lease.customerId()).filter(context -> !context.billing().isDelinquent()
                && context.subscriptions().stream().filter(line -> line.id().equals(lease.subscriptionId()))
                .allMatch(line -> line.contractEnd() == null || !line.contractEnd().isAfter(today.plusMonths(SIX_MONTHS_IN))))
                .isPresent();
    }
}
