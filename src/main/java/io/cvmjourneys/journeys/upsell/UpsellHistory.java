package io.cvmjourneys.journeys.upsell;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.journeys.ChooseOutboundOffer;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the up-sell and cross-sell of the demo's past. Each customer shows the sign their kind
 * of line can give (contract mobile: an allowance used up or an add-on; prepaid: a package used up
 * early or expired, a balance run out; home: more devices on the wi-fi). About half answer a digital
 * offer, most of them yes; agents reach most customers they call, and a few who upgraded on the call
 * complain about the first new bill; a few buy on their own.
 */
@Component
@Profile("demo")
class UpsellHistory implements ProgramHistory {

    static final int JOURNEYS = 36;
    static final int HELD_OUT = 8;
    private static final Duration LAST_DAYS = Duration.ofDays(20);

    private static final List<String> PHONE_ANSWERS = List.of("ACCEPTED", "DECLINED", "NO_ANSWER");
    private static final List<String> PRODUCTS = List.of("Data 10GB package", "Unlimited weekend add-on", "Plus 60GB");

    private final CustomerDirectory customers;
    private final HoldoutGroups holdout;
    private final Clock clock;

    UpsellHistory(CustomerDirectory customers, HoldoutGroups holdout, Clock clock) {
        this.customers = customers;
        this.holdout = holdout;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return UpsellVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        List<Instant> times = period.startTimes(JOURNEYS, Duration.ZERO, LAST_DAYS);
        List<String> outgrown = period.customersWithControlGroup(JOURNEYS, HELD_OUT, this::isHeldOut, this::calm);
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < Math.min(times.size(), outgrown.size()); i++) {
            String customer = outgrown.get(i);
            long pick = random.nextLong();
            starts.add(new PastStart(times.get(i), () -> customers.context(customer).map(context -> sign(context, pick))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        return switch (taskKey) {
            case "Task_OfferUpgradeByPhone" -> {
                String answer = oneOf(random, PHONE_ANSWERS, 45, 35, 20);
                TaskWork call = TaskWork.after(teamDelay(random), Map.of(UpsellVariables.UPGRADE_RESPONSE, answer,
                        "agentNote", switch (answer) {
                            case "ACCEPTED" -> "Took the bigger plan on the call";
                            case "DECLINED" -> "Happy with what they have for now";
                            default -> "No answer twice";
                        }));
                // now and then the first bill with the new price is not what the customer understood on the call
                yield Optional.of("ACCEPTED".equals(answer) && happens(random, 0.3)
                        ? call.followedBy(new Reply(within(random, Duration.ofDays(6), Duration.ofDays(10)), MomentType.COMPLAINT_SUBMITTED,
                        Channel.CALL_CENTER, Map.of("text", "The first bill after the upgrade is higher than the agent said",
                        "category", "BILLING")))
                        : call);
            }
            case "Task_CallAboutFirstBill" -> Optional.of(TaskWork.after(teamDelay(random),
                    Map.of("billCallResult", oneOf(random, List.of("EXPLAINED", "CORRECTED", "NO_ANSWER"), 60, 25, 15))));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        return switch (messageName) {
            case "UpgradeOfferAnswered" -> happens(random, 0.5) ? Optional.of(new Reply(
                    within(random, Duration.ofHours(2), Duration.ofDays(10)), MomentType.OFFER_ANSWERED,
                    Channel.valueOf(String.valueOf(journey.getOrDefault(ChooseOutboundOffer.OFFER_CHANNEL, "EMAIL"))),
                    Map.of("answer", happens(random, 0.6) ? "ACCEPTED" : "DECLINED", "journey", UpsellVariables.PROCESS_ID)))
                    : Optional.empty();
            case "UpgradeBought" -> {
                // some who got an offer go to the app and pick a plan of their own straight away
                boolean offered = journey.get(ChooseOutboundOffer.OFFER_CHANNEL) != null;
                yield happens(random, offered ? 0.3 : 0.15) ? Optional.of(new Reply(offered
                        ? within(random, Duration.ofHours(1), Duration.ofDays(2)) : within(random, Duration.ofDays(1), Duration.ofDays(25)),
                        MomentType.PRODUCT_PURCHASED, Channel.APP,
                        Map.of("product", oneOf(random, PRODUCTS, 2, 1, 1), "journey", UpsellVariables.PROCESS_ID)))
                        : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    /** The sign the customer's kind of line gives, as the network or billing reports it. */
    private Moment sign(CustomerContext context, long pick) {
        SplittableRandom random = new SplittableRandom(pick);
        MomentType type;
        Map<String, Object> data;
        switch (context.customer().type()) {
            case PREPAID -> {
                type = oneOf(random, List.of(MomentType.PACKAGE_RAN_OUT_EARLY, MomentType.PACKAGE_EXPIRED, MomentType.BALANCE_RAN_OUT),
                        3, 1, 1);
                data = type == MomentType.PACKAGE_RAN_OUT_EARLY ? Map.of(CustomerOutgrewOffer.ALLOWANCE_FIELD, "DATA") : Map.of();
            }
            case HOME -> {
                type = MomentType.HOME_DEVICE_CHANGED;
                data = Map.of(CustomerOutgrewOffer.CHANGE_FIELD, oneOf(random, CustomerOutgrewOffer.HOME_CHANGES, 2, 1, 1));
            }
            default -> {
                type = happens(random, 0.75) ? MomentType.ALLOWANCE_EXCEEDED : MomentType.ADDON_ACTIVATED;
                data = type == MomentType.ALLOWANCE_EXCEEDED
                        ? Map.of(CustomerOutgrewOffer.ALLOWANCE_FIELD, oneOf(random, CustomerOutgrewOffer.ALLOWANCES, 4, 1, 1))
                        : Map.of(CustomerOutgrewOffer.ADDON_FIELD, oneOf(random, CustomerOutgrewOffer.ADDONS, 3, 2, 1, 1));
            }
        }
        return new Moment("demo-history-upsell-" + context.customerId(), context.customerId(), type,
                type == MomentType.HOME_DEVICE_CHANGED ? Channel.WEB : Channel.APP, clock.instant(), data);
    }

    private boolean isHeldOut(String customerId) {
        return holdout.isHeldOut(customerId, UpsellVariables.PROGRAM);
    }

    /** Customers without debts or open complaints with a line, so offers go out rather than being suppressed. */
    private boolean calm(String customerId) {
        return customers.context(customerId).filter(context -> !context.billing().isDelinquent() && !context.hasOpenComplaint()
                && !context.subscriptions().isEmpty()).isPresent();
    }
}
