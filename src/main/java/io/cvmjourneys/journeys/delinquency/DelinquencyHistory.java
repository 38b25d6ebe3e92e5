package io.cvmjourneys.journeys.delinquency;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the collections of the demo's past. The billing run hands over the oldest overdue
 * invoices; many customers pay after a reminder, some promise a date in the app, the rest get a
 * call: a promise (mostly kept), a payment plan, a dispute, or nobody answers and the ladder runs
 * on to barring and its end.
 */
@Component
@Profile("demo")
class DelinquencyHistory implements ProgramHistory {

    static final int JOURNEYS = 32;
    /** A ladder that runs out takes two months: most journeys start in the first half of the period. */
    static final int EARLY = 20;
    /** How many of the oldest overdue invoices the billing run looks at for one it may hand over. */
    static final int INVOICES_LOOKED_AT = 500;

    private static final Duration PAST_HALF = Duration.ofDays(45);
    /**
     * What the customers answer the call center, in turn (about a third each), so every path of the
     * call shows whichever customers the billing run hands over.
     */
    private static final List<String> RESPONSES_IN_TURN = List.of("PROMISE_TO_PAY", "PAYMENT_PLAN", "UNREACHABLE",
            "PROMISE_TO_PAY", "UNREACHABLE", "PAYMENT_PLAN", "PROMISE_TO_PAY", "UNREACHABLE", "PAYMENT_PLAN", "PROMISE_TO_PAY",
            "UNREACHABLE");
    /** One plan in this many is turned down by the manager (the second, then every fifth). */
    private static final int PLANS_PER_REJECTION = 5;
    /** One call in this many ends in a dispute of the invoice. */
    private static final int CALLS_PER_DISPUTE = 6;
    private static final int INSTALMENTS_PER_MISS = 4;

    private final CustomerCollections collections;
    private final Clock clock;
    private int calls;
    private int disputes;
    private int instalments;
    private int responses;
    private int plans;

    DelinquencyHistory(CustomerCollections collections, Clock clock) {
        this.collections = collections;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return DelinquencyVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        List<Instant> times = new ArrayList<>(period.startTimes(EARLY, Duration.ZERO, PAST_HALF));
        times.addAll(period.startTimes(JOURNEYS - EARLY, PAST_HALF, Duration.ofDays(2)));
        return times.stream().map(at -> new PastStart(at, () -> oldestOverdueInvoice(period))).toList();
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        return switch (taskKey) {
            case "Task_CallCustomer" -> Optional.of(call(random));
            case "Task_ApprovePaymentPlan" -> Optional.of(TaskWork.after(teamDelay(random), plans++ % PLANS_PER_REJECTION != 1
                    ? Map.of(DelinquencyVariables.PLAN_DECISION, "APPROVED")
                    : Map.of(DelinquencyVariables.PLAN_DECISION, "REJECTED", "planComment", "Too long for this debt")));
            // every other dispute is upheld
            case "Task_ReviewDispute" -> Optional.of(TaskWork.after(teamDelay(random), disputes++ % 2 == 0
                    ? Map.of(DelinquencyVariables.DISPUTE_DECISION, "UPHELD", "disputeNote", "Charged for a line cancelled in time")
                    : Map.of(DelinquencyVariables.DISPUTE_DECISION, "REJECTED", "disputeNote", "Usage matches the network records")));
            case "Task_ReviewVulnerableCustomer" -> Optional.of(TaskWork.after(teamDelay(random), happens(random, 0.35)
                    ? Map.of(DelinquencyVariables.SPECIALIST_DECISION, "BAR", "specialistNote", "Support agreed; bar data only")
                    : Map.of(DelinquencyVariables.SPECIALIST_DECISION, "SPARE", "specialistNote", "Carer relies on the line")));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        return switch (messageName) {
            case "OverduePaymentReceived" -> happens(random, 0.4)
                    ? Optional.of(payment(within(random, Duration.ofDays(1), Duration.ofDays(9)))) : Optional.empty();
            case "PaymentPromised" -> happens(random, 0.15) ? Optional.of(new Reply(
                    within(random, Duration.ofHours(2), Duration.ofDays(4)), MomentType.PROMISE_TO_PAY, Channel.APP,
                    Map.of("promisedDate", LocalDate.now(clock).plusDays(7 + random.nextInt(8)).toString())))
                    : Optional.empty();
            // the second instalment of the past is missed, then one in four, so a broken plan shows whichever customers have plans
            case "InstalmentPaid" -> instalments++ % INSTALMENTS_PER_MISS != 1
                    ? Optional.of(payment(within(random, Duration.ofDays(1), Duration.ofDays(6)))) : Optional.empty();
            case "CollectionSurveyAnswered" -> happens(random, 0.4) ? Optional.of(new Reply(
                    within(random, Duration.ofHours(2), Duration.ofDays(6)), MomentType.SURVEY_ANSWERED, Channel.EMAIL,
                    Map.of("score", oneOf(random, List.of(3, 6, 7, 8, 9, 10), 1, 2, 3, 3, 2, 2)))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The agent reaches most customers: they promise to pay (most of them do, by the date), ask for a
     * plan, or, one call in six, dispute the invoice; the payment plan the customer page offers
     * beside the call is taken by those who ask for one.
     */
    private TaskWork call(SplittableRandom random) {
        String response = ++calls % CALLS_PER_DISPUTE == 0 ? "DISPUTE"
                : RESPONSES_IN_TURN.get(responses++ % RESPONSES_IN_TURN.size());
        if (response.equals("UNREACHABLE")) {
            return TaskWork.after(teamDelay(random), Map.of(DelinquencyVariables.CUSTOMER_RESPONSE, response));
        }
        TaskWork call = TaskWork.after(teamDelay(random), switch (response) {
            case "PROMISE_TO_PAY" -> Map.of(DelinquencyVariables.CUSTOMER_RESPONSE, response,
                    DelinquencyVariables.PROMISED_DATE, LocalDate.now(clock).plusDays(3 + random.nextInt(12)).toString());
            case "DISPUTE" -> Map.of(DelinquencyVariables.CUSTOMER_RESPONSE, response,
                    DelinquencyVariables.DISPUTE_REASON, "Says the line was cancelled before this invoice");
            default -> Map.of(DelinquencyVariables.CUSTOMER_RESPONSE, response);
        }).answeringOffers(Map.of("PAYMENT_PLAN", response.equals("PAYMENT_PLAN") ? Outcome.ACCEPTED : Outcome.DECLINED));
        return response.equals("PROMISE_TO_PAY") && happens(random, 0.75)
                ? call.followedBy(payment(within(random, Duration.ofDays(2), Duration.ofDays(12)))) : call;
    }

    private static Reply payment(Duration after) {
        return new Reply(after, MomentType.PAYMENT_RECEIVED, Channel.WEB, Map.of());
    }

    /** What the billing run hands over now: the oldest overdue invoice of a customer free to take part. */
    private Optional<Moment> oldestOverdueInvoice(PastPeriod period) {
        Instant now = clock.instant();
        return collections.overdueInvoices(LocalDate.ofInstant(now, clock.getZone()), INVOICES_LOOKED_AT).stream()
                .filter(invoice -> period.claim(invoice.customerId())).findFirst()
                .map(invoice -> new Moment("demo-history-overdue-" + invoice.id(), invoice.customerId(),
                        MomentType.INVOICE_OVERDUE, Channel.WEB, now, Map.of(InvoiceOverdue.INVOICE_FIELD, invoice.id())));
    }
}
