package io.cvmjourneys.journeys.cancellation;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.nba.NextBestActionVariables;
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
 * Demo only: the cancellations of the demo's past. Customers on a contract ask to leave, mostly by
 * phone; an offer keeps four in ten of those who get one, while the control group, who get none,
 * mostly leave; some think it over, some discounts need a manager; those who left get a winback
 * offer after the window their reason sets, and some come back.
 */
@Component
@Profile("demo")
class CancellationHistory implements ProgramHistory {

    static final int JOURNEYS = 40;
    /** Journeys of customers who leave end only after the winback window: most start in the first half of the period. */
    static final int EARLY = 26;
    /** A quarter from the control group: enough held-out journeys for the uplift to rest on more than a handful. */
    static final int HELD_OUT = 10;

    private static final Duration PAST_HALF = Duration.ofDays(45);
    private static final List<CancellationReason> REASONS = List.of(CancellationReason.PRICE,
            CancellationReason.COMPETITOR_OFFER, CancellationReason.SERVICE_QUALITY, CancellationReason.NETWORK_COVERAGE,
            CancellationReason.MOVING, CancellationReason.BILLING_DISPUTE, CancellationReason.NO_LONGER_NEEDED);
    private static final List<Channel> CHANNELS = List.of(Channel.CALL_CENTER, Channel.STORE, Channel.WEB, Channel.APP);
    private static final List<String> ANSWERS = List.of("ACCEPTED", "THINKING", "DECLINED");
    private static final List<Integer> SURVEY_SCORES = List.of(2, 4, 6, 7, 8, 9, 10);

    private final CustomerDirectory customers;
    private final HoldoutGroups holdout;
    private final Clock clock;
    private int winbackAnswers;

    CancellationHistory(CustomerDirectory customers, HoldoutGroups holdout, Clock clock) {
        this.customers = customers;
        this.holdout = holdout;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return CancellationVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        List<Instant> times = new ArrayList<>(period.startTimes(EARLY, Duration.ZERO, PAST_HALF));
        times.addAll(period.startTimes(JOURNEYS - EARLY, PAST_HALF, Duration.ofDays(2)));
        List<String> leaving = customers(period);
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < Math.min(times.size(), leaving.size()); i++) {
            String customer = leaving.get(i);
            MomentType type = happens(random, 0.15) ? MomentType.PORT_OUT_REQUEST : MomentType.CANCELLATION_REQUEST;
            Channel channel = oneOf(random, CHANNELS, 60, 20, 10, 10);
            CancellationReason reason = oneOf(random, REASONS, 35, 25, 12, 8, 6, 6, 8);
            starts.add(new PastStart(times.get(i), () -> Optional.of(new Moment("demo-history-cancellation-" + customer,
                    customer, type, channel, clock.instant(), Map.of(CancellationRequested.REASON_FIELD, reason.name())))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        return switch (taskKey) {
            case "Task_PresentRetentionOffer" -> Optional.of(presentOffer(journey, random));
            case "Task_ApproveRetentionDiscount" -> Optional.of(TaskWork.after(teamDelay(random), happens(random, 0.7)
                    ? Map.of(CancellationVariables.APPROVAL_DECISION, "APPROVED")
                    : Map.of(CancellationVariables.APPROVAL_DECISION, "REJECTED",
                            CancellationVariables.APPROVAL_COMMENT, "More than the case is worth: offer the standard discount")));
            // half of those who wanted to think it over cannot be reached before their notice runs out
            case "Task_FollowUpCall" -> Optional.of(TaskWork.after(happens(random, 0.5)
                            ? within(random, Duration.ofHours(44), Duration.ofHours(60)) : teamDelay(random),
                    Map.of(CancellationVariables.OFFER_RESPONSE, happens(random, 0.35) ? "ACCEPTED" : "DECLINED")));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        return switch (messageName) {
            case "RetentionOfferAnswered" -> happens(random, 0.3) ? Optional.of(new Reply(
                    within(random, Duration.ofHours(3), Duration.ofHours(60)), MomentType.OFFER_ANSWERED,
                    oneOf(random, List.of(Channel.WEB, Channel.APP), 1, 1),
                    Map.of("answer", happens(random, 0.55) ? "ACCEPTED" : "DECLINED"))) : Optional.empty();
            // those who left answer less often, and a clean exit earns fewer promoters than a kept promise
            case "SurveyAnswered" -> journey.containsKey(CancellationVariables.WINBACK_WAIT_DAYS)
                    ? happens(random, 0.35) ? Optional.of(surveyAnswer(random, 2, 3, 3, 3, 3, 2, 1)) : Optional.empty()
                    : happens(random, 0.55) ? Optional.of(surveyAnswer(random, 0, 1, 2, 3, 4, 4, 3)) : Optional.empty();
            // few may be sent a winback offer (marketing consent); those few answer, yes and no in turn
            case "WinbackOfferAnswered" -> Optional.of(new Reply(within(random, Duration.ofDays(1), Duration.ofDays(10)),
                    MomentType.OFFER_ANSWERED, Channel.WEB, Map.of("answer", winbackAnswers++ % 2 == 0 ? "ACCEPTED" : "DECLINED")));
            default -> Optional.empty();
        };
    }

    /** A tNPS answer by e-mail within five days, scored 2, 4, 6, 7, 8, 9 or 10 with the weights given. */
    private static Reply surveyAnswer(SplittableRandom random, int... weights) {
        return new Reply(within(random, Duration.ofHours(2), Duration.ofDays(5)), MomentType.SURVEY_ANSWERED, Channel.EMAIL,
                Map.of("score", oneOf(random, SURVEY_SCORES, weights)));
    }

    /**
     * The agent presents what the decision chose: four in ten take it, a fifth want to think; with
     * no offer to make, a quarter stay all the same. Some agents go beyond their authority, and after a
     * manager said no, the customer decides on the standard discount.
     */
    private static TaskWork presentOffer(Map<String, Object> journey, SplittableRandom random) {
        Object offer = journey.get(NextBestActionVariables.BEST_ACTION);
        boolean afterRejection = "REJECTED".equals(journey.get(CancellationVariables.APPROVAL_DECISION));
        String answer = afterRejection ? oneOf(random, ANSWERS, 50, 0, 50)
                : offer != null ? oneOf(random, ANSWERS, 40, 20, 40) : oneOf(random, ANSWERS, 25, 15, 60);
        long discount = "RETENTION_DISCOUNT_20".equals(offer) ? 20 : "RETENTION_DISCOUNT_10".equals(offer) ? 10 : 0;
        if ("ACCEPTED".equals(answer) && !afterRejection && happens(random, 0.15)) {
            discount += 15;
        }
        return TaskWork.after(teamDelay(random), Map.of(CancellationVariables.OFFER_RESPONSE, answer,
                CancellationVariables.DISCOUNT_PERCENT, discount));
    }

    /** Contract customers with a line, with us for a year before the period, a quarter of them in the control group. */
    private List<String> customers(PastPeriod period) {
        return period.customersWithControlGroup(JOURNEYS, HELD_OUT, this::isHeldOut, id -> fits(id, period));
    }

    private boolean isHeldOut(String customerId) {
        return holdout.isHeldOut(customerId, CancellationVariables.PROCESS_ID);
    }

    private boolean fits(String customerId, PastPeriod period) {
        return customers.context(customerId).filter(context -> context.customer().type() != CustomerType.PREPAID
                && !context.subscriptions().isEmpty() && !context.billing().isDelinquent()
                && context.customer().customerSince().isBefore(period.firstDay().minusYears(1))).isPresent();
    }
}
