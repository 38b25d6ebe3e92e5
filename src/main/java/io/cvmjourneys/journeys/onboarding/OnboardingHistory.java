package io.cvmjourneys.journeys.onboarding;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: new lines and new customers of the demo's past, over four months so that the first of
 * them have had their 90 days. Most start using what they bought within days (a call, data, the
 * app, in that order, each a little less likely than the one before); prepaid customers mostly top
 * up. Agents reach most customers they are asked to call; some who raise a problem at day 60 ask to
 * leave soon after, as do the two earliest valuable newcomers, whose service disappoints them.
 */
@Component
@Profile("demo")
class OnboardingHistory implements ProgramHistory {

    static final Duration PAST = Duration.ofDays(120);
    /** Most start early, so that many have had their 90 days by now; the rest show every stage on the way. */
    static final int EARLY_JOURNEYS = 24;
    static final int LATER_JOURNEYS = 16;
    /** Of the early ones, enough in the control group for the uplift to show. */
    static final int HELD_OUT = 6;
    /** Valuable newcomers (an agent calls them at day 60) who raise a problem then and ask to leave. */
    static final int DISAPPOINTED = 2;
    private static final List<String> CALLED_AT_CHECK_IN = List.of("VIP", "HIGH_VALUE", "SMALL_BUSINESS");

    private static final List<String> SET_UP_RESULTS = List.of("SET_UP", "NEEDS_VISIT", "NO_ANSWER");
    private static final List<String> CHECK_IN_RESULTS = List.of("HAPPY", "PROBLEM_RAISED", "NO_ANSWER");

    private final CustomerDirectory customers;
    private final HoldoutGroups holdout;
    private final Clock clock;
    private final Set<String> disappointed = new HashSet<>();

    OnboardingHistory(CustomerDirectory customers, HoldoutGroups holdout, Clock clock) {
        this.customers = customers;
        this.holdout = holdout;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return OnboardingVariables.PROCESS_ID;
    }

    @Override
    public Duration past() {
        return PAST;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        long days = ChronoUnit.DAYS.between(period.firstDay(), period.lastDay());
        List<Instant> times = new ArrayList<>(period.startTimes(EARLY_JOURNEYS, Duration.ZERO, Duration.ofDays(days - 25)));
        times.addAll(period.startTimes(LATER_JOURNEYS, Duration.ZERO, Duration.ZERO));
        List<String> joining = new ArrayList<>(period.customers(HELD_OUT, id -> isHeldOut(id) && inGoodStanding(id)));
        joining.addAll(period.customers(times.size() - joining.size(), id -> !isHeldOut(id) && inGoodStanding(id)));
        // the control group among the early ones, whose 90 days have ended
        Collections.shuffle(joining.subList(0, Math.min(EARLY_JOURNEYS, joining.size())), new Random(period.random().nextLong()));
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < joining.size(); i++) {
            String customer = joining.get(i);
            if (disappointed.size() < DISAPPOINTED && !isHeldOut(customer) && calledAtCheckIn(customer)) {
                disappointed.add(customer);
            }
            starts.add(new PastStart(times.get(i), () -> customers.context(customer).map(this::joined)));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        return switch (taskKey) {
            case "Task_CallNewCustomer" -> Optional.of(TaskWork.after(teamDelay(random), Map.of(
                    "setUpCallResult", oneOf(random, SET_UP_RESULTS, 60, 20, 20),
                    "agentNote", "Went through the set-up on the phone")));
            case "Task_CheckInCall" -> {
                boolean leaving = disappointed.contains(String.valueOf(journey.get(JourneyStartVariables.CUSTOMER_ID)));
                String result = leaving ? "PROBLEM_RAISED" : oneOf(random, CHECK_IN_RESULTS, 60, 25, 15);
                TaskWork call = TaskWork.after(teamDelay(random), Map.of("checkInResult", result,
                        "agentNote", "Asked how the first two months went"));
                // some customers with a problem at day 60 ask to leave soon after
                yield Optional.of("PROBLEM_RAISED".equals(result) && (leaving || happens(random, 0.8))
                        ? call.followedBy(new Reply(within(random, Duration.ofDays(1), Duration.ofDays(10)),
                        MomentType.CANCELLATION_REQUEST, Channel.CALL_CENTER, Map.of("reason", "SERVICE_QUALITY")))
                        : call);
            }
            default -> Optional.empty();
        };
    }

    /** The next thing a new customer does with what they bought, if anything: asked again after each one. */
    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        if (!OnboardingEvents.MESSAGE.equals(messageName)) {
            return Optional.empty();
        }
        // asked as the journey starts, before it has assessed the customer: the directory knows their kind
        CustomerType type = customers.context(String.valueOf(journey.get(JourneyStartVariables.CUSTOMER_ID)))
                .map(context -> context.customer().type()).orElse(CustomerType.POSTPAID);
        boolean home = type == CustomerType.HOME;
        boolean prepaid = type == CustomerType.PREPAID;
        List<String> uses = home ? List.of("DATA", "APP_LOGIN") : List.of("CALL", "DATA", "APP_LOGIN");
        for (int step = 0; step < uses.size(); step++) {
            String use = uses.get(step);
            if (!Boolean.TRUE.equals(journey.get(ServiceUse.valueOf(use).flag))) {
                return happens(random, 0.9 - 0.1 * step) ? Optional.of(new Reply(within(random, Duration.ofHours(1),
                        Duration.ofDays(4 + 4L * step)), MomentType.SERVICE_FIRST_USED, Channel.APP, Map.of("usage", use)))
                        : Optional.empty();
            }
        }
        if (prepaid && !Boolean.TRUE.equals(journey.get(OnboardingVariables.TOPPED_UP)) && happens(random, 0.75)) {
            return Optional.of(new Reply(within(random, Duration.ofDays(3), Duration.ofDays(20)), MomentType.TOP_UP, Channel.APP,
                    Map.of("amount", oneOf(random, List.of(5, 10, 20), 2, 5, 3))));
        }
        return Optional.empty();
    }

    private boolean isHeldOut(String customerId) {
        return holdout.isHeldOut(customerId, OnboardingVariables.PROGRAM);
    }

    private boolean calledAtCheckIn(String customerId) {
        return customers.context(customerId).filter(context -> context.customer().type() != CustomerType.PREPAID
                && CALLED_AT_CHECK_IN.contains(context.customer().segment().name())).isPresent();
    }

    private boolean inGoodStanding(String customerId) {
        return customers.context(customerId).map(context -> !context.billing().isDelinquent() && !context.subscriptions().isEmpty())
                .orElse(false);
    }

    /** The moment sales or activation hands in: a new contract, or a new prepaid SIM. */
    private Moment joined(CustomerContext context) {
        boolean prepaid = context.customer().type() == CustomerType.PREPAID;
        return new Moment("demo-history-onboarding-" + context.customerId(), context.customerId(),
                prepaid ? MomentType.SIM_ACTIVATED : MomentType.CONTRACT_SIGNED, prepaid ? Channel.APP : Channel.STORE,
                clock.instant(), Map.of());
    }
}
