package io.cvmjourneys.journeys.billshock;

import static io.cvmjourneys.journeys.Chances.oneOf;
import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the bills of the demo's past the billing run flagged as higher than the last, from a
 * little more than usual to four times as much, most for data beyond the allowance or use abroad.
 * Agents make the calls the journey asks for: one in four customers does not answer, and one call
 * in three is followed by a complaint about the bill all the same.
 */
@Component
@Profile("demo")
class BillShockHistory implements ProgramHistory {

    static final int JOURNEYS = 18;
    static final int CALLS_PER_MISSED_CALL = 4;
    static final int CALLS_PER_COMPLAINT = 3;
    private static final List<Double> TIMES_THE_USUAL = List.of(1.2, 1.8, 2.5, 4.0);
    private static final List<BillCause> CAUSES = Arrays.asList(BillCause.values());

    private final CustomerDirectory customers;
    private final Clock clock;
    private int calls;

    BillShockHistory(CustomerDirectory customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return BillShockVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        SplittableRandom random = period.random();
        List<Instant> times = period.startTimes(JOURNEYS, Duration.ZERO, Duration.ofDays(22));
        List<String> billed = period.customers(times.size(), this::billedMonthly);
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < billed.size(); i++) {
            String customer = billed.get(i);
            double timesTheUsual = oneOf(random, TIMES_THE_USUAL, 25, 30, 25, 20);
            BillCause cause = oneOf(random, CAUSES, 40, 25, 15, 10, 10);
            starts.add(new PastStart(times.get(i), () -> customers.context(customer)
                    .map(context -> prepared(context, timesTheUsual, cause))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        if (!"Task_CallAboutHighBill".equals(taskKey)) {
            return Optional.empty();
        }
        calls++;
        String result = calls % CALLS_PER_MISSED_CALL == 1 ? "NO_ANSWER" : oneOf(random, List.of("EXPLAINED", "PLAN_CHANGED"), 3, 2);
        TaskWork call = TaskWork.after(teamDelay(random), Map.of(BillShockVariables.BILL_CALL_RESULT, result,
                "agentNote", "Went through the bill before it goes out"));
        return Optional.of(calls % CALLS_PER_COMPLAINT == 0
                ? call.followedBy(new Reply(within(random, Duration.ofDays(5), Duration.ofDays(12)), MomentType.COMPLAINT_SUBMITTED,
                Channel.CALL_CENTER, Map.of("text", "The bill is still far higher than I can pay", "category", "BILLING")))
                : call);
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        return Optional.empty();
    }

    /** Contract customers in good standing: they get a bill, and pay it. */
    private boolean billedMonthly(String customerId) {
        return customers.context(customerId).filter(context -> context.customer().type() != CustomerType.PREPAID
                && !context.billing().isDelinquent() && context.customer().arpu().signum() > 0).isPresent();
    }

    /** What the billing run hands in: the next bill, as many times the customer's usual spend. */
    private Moment prepared(CustomerContext context, double timesTheUsual, BillCause cause) {
        BigDecimal amount = context.customer().arpu().multiply(BigDecimal.valueOf(timesTheUsual)).setScale(2, RoundingMode.HALF_UP);
        return new Moment("demo-history-bill-" + context.customerId(), context.customerId(), MomentType.BILL_PREPARED,
                Channel.WEB, clock.instant(), Map.of(BillPrepared.AMOUNT_FIELD, amount.doubleValue(),
                BillPrepared.CAUSE_FIELD, cause.name()));
    }
}
