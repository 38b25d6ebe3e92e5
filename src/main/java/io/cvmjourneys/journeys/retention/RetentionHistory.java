package io.cvmjourneys.journeys.retention;

import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.journeys.ChooseOutboundOffer;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the churn signs of the demo's past, from the analytics model and the other teams, in
 * turn: a score too low to act on, a high score, a competitor's offer, a service interruption, a bill
 * shock, repeated complaints. Customers answer in turn too (yes, no, nothing), and one customer in four
 * asks to leave after all, one in two of the control group, so the program's churn shows against its
 * holdout. The first high score of the period is a customer whose complaint is
 * still open: no offer is made until it is solved.
 */
@Component
@Profile("demo")
class RetentionHistory implements ProgramHistory {

    static final Duration PAST = Duration.ofDays(130);
    /** Journeys whose 90 days of watching end within the past, and journeys still watching today. */
    static final int ENDED = 22;
    static final int RUNNING = 6;
    static final int HELD_OUT = 3;
    static final int JOURNEYS_PER_LEAVER = 4;
    static final int HELD_OUT_PER_LEAVER = 2;
    /** The first score is below the triage's line, the second above it. */
    private static final List<ChurnSignal> SIGNS_IN_TURN = List.of(ChurnSignal.RISK_SCORE, ChurnSignal.RISK_SCORE,
            ChurnSignal.COMPETITOR_OFFER, ChurnSignal.SERVICE_INTERRUPTION, ChurnSignal.BILL_SHOCK,
            ChurnSignal.REPEATED_COMPLAINTS);
    private static final List<String> ANSWERS_IN_TURN = List.of("ACCEPTED", "DECLINED", "NO_ANSWER");
    private static final Map<ChurnSignal, String> DETAILS = Map.of(
            ChurnSignal.COMPETITOR_OFFER, "Asked the call center whether we match another operator's SIM-only price",
            ChurnSignal.SERVICE_INTERRUPTION, "Two days without mobile data in the last month",
            ChurnSignal.BILL_SHOCK, "Last bill twice the usual, complained in the app",
            ChurnSignal.REPEATED_COMPLAINTS, "Third complaint in two months");

    private final CustomerDirectory customers;
    private final HoldoutGroups holdout;
    private final Clock clock;
    private int calls;
    private int replies;
    private int treatedWaits;
    private int heldOutWaits;

    RetentionHistory(CustomerDirectory customers, HoldoutGroups holdout, Clock clock) {
        this.customers = customers;
        this.holdout = holdout;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return RetentionVariables.PROCESS_ID;
    }

    @Override
    public Duration past() {
        return PAST;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        List<Instant> times = new ArrayList<>(period.startTimes(ENDED, Duration.ZERO, Duration.ofDays(95)));
        times.addAll(period.startTimes(RUNNING, PAST.minus(Duration.ofDays(40)), Duration.ofDays(1)));
        List<String> chosen = new ArrayList<>(period.customers(1, id -> complainedOpenly(id) && !isHeldOut(id)));
        chosen.addAll(period.customersWithControlGroup(times.size() - chosen.size(), HELD_OUT, this::isHeldOut,
                this::inGoodStanding));
        List<PastStart> starts = new ArrayList<>();
        int signs = 0;
        for (int i = 0; i < Math.min(times.size(), chosen.size()); i++) {
            String customer = chosen.get(i);
            // the complainer's sign is a high score; everybody else, control group or not, gets each sign in turn, the
            // first of the turn a score below the line: the holdout compares like with like
            int turn = i == 0 ? 1 : signs++ % SIGNS_IN_TURN.size();
            ChurnSignal signal = SIGNS_IN_TURN.get(turn);
            double score = turn == 0 ? random.nextDouble(0.3, 0.55) : random.nextDouble(0.62, 0.95);
            starts.add(new PastStart(times.get(i), () -> customers.context(customer)
                    .filter(context -> !context.isInJourney(ChurnRiskDetected.CANCELLATION_JOURNEY))
                    .map(context -> sign(context, signal, score))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        if (!"Task_CallAtRiskCustomer".equals(taskKey)) {
            return Optional.empty();
        }
        String answer = ANSWERS_IN_TURN.get(calls++ % ANSWERS_IN_TURN.size());
        return Optional.of(TaskWork.after(teamDelay(random), Map.of(RetentionVariables.SAVE_RESPONSE, answer,
                "agentNote", switch (answer) {
                    case "ACCEPTED" -> "Listened, apologised, and the customer took the offer";
                    case "DECLINED" -> "Heard them out; they will think about staying";
                    default -> "No answer twice, left a voicemail";
                })));
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        return switch (messageName) {
            case "SaveOfferAnswered" -> {
                String answer = ANSWERS_IN_TURN.get(replies++ % ANSWERS_IN_TURN.size());
                yield "NO_ANSWER".equals(answer) ? Optional.empty() : Optional.of(new Reply(
                        within(random, Duration.ofHours(2), Duration.ofDays(5)), MomentType.OFFER_ANSWERED,
                        Channel.valueOf(String.valueOf(journey.get(ChooseOutboundOffer.OFFER_CHANNEL))),
                        Map.of("answer", answer, "journey", RetentionVariables.PROCESS_ID)));
            }
            // asked once per journey, as it begins: some customers ask to leave all the same, more of those no save reached
            case RetentionVariables.ASKED_TO_LEAVE -> leaves(journey)
                    ? Optional.of(new Reply(within(random, Duration.ofDays(12), Duration.ofDays(60)),
                    (treatedWaits + heldOutWaits) % 2 == 0 ? MomentType.PORT_OUT_REQUEST : MomentType.CANCELLATION_REQUEST,
                    Channel.CALL_CENTER, Map.of("reason", "COMPETITOR_OFFER")))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** One treated customer in four asks to leave, one of the control group in two. */
    private boolean leaves(Map<String, Object> journey) {
        if (isHeldOut(String.valueOf(journey.get(JourneyStartVariables.CUSTOMER_ID)))) {
            return heldOutWaits++ % HELD_OUT_PER_LEAVER == HELD_OUT_PER_LEAVER - 1;
        }
        return treatedWaits++ % JOURNEYS_PER_LEAVER == JOURNEYS_PER_LEAVER - 1;
    }

    private boolean isHeldOut(String customerId) {
        return holdout.isHeldOut(customerId, RetentionVariables.PROGRAM);
    }

    /** Contract customers with a line who pay on time: the program's usual at-risk customers. */
    private boolean inGoodStanding(String customerId) {
        return customers.context(customerId).filter(context -> context.customer().type() != CustomerType.PREPAID
                && !context.billing().isDelinquent() && !context.subscriptions().isEmpty()).isPresent();
    }

    private boolean complainedOpenly(String customerId) {
        return inGoodStanding(customerId) && customers.context(customerId).filter(CustomerContext::hasOpenComplaint).isPresent();
    }

    /** What analytics or the team that saw the sign hands in. */
    private Moment sign(CustomerContext context, ChurnSignal signal, double score) {
        Map<String, Object> data = new HashMap<>();
        data.put(ChurnRiskDetected.SIGNAL_FIELD, signal.name());
        if (signal == ChurnSignal.RISK_SCORE) {
            data.put(ChurnRiskDetected.SCORE_FIELD, BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue());
        } else {
            data.put(ChurnRiskDetected.DETAIL_FIELD, DETAILS.get(signal));
        }
        return new Moment("demo-history-churn-" + context.customerId(), context.customerId(), MomentType.CHURN_RISK,
                Channel.WEB, clock.instant(), data);
    }
}
