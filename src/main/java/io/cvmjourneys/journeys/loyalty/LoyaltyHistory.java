package io.cvmjourneys.journeys.loyalty;

import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.loyalty.LoyaltyBehaviour;
import io.cvmjourneys.loyalty.LoyaltyEarnings;
import io.cvmjourneys.loyalty.LoyaltyLedger;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: a year of the loyalty program. Members join in the app, a store or with the call center;
 * every month the billing feed reports their bill and whether it was paid on time, half of them get
 * the app, and half of them spend points on a reward every other month (the others' oldest points expire). The first member runs a family
 * account whose bills reach Gold within the year; one member in six leaves the program. The past is
 * long enough for the welcome points of the first members to expire.
 */
@Component
@Profile("demo")
class LoyaltyHistory implements ProgramHistory {

    static final Duration PAST = Duration.ofDays(400);
    static final int EARLY_MEMBERS = 10;
    static final int RECENT_MEMBERS = 4;
    static final int MEMBERS_PER_LEAVER = 6;
    /** The family account's bills, as many times the usual. */
    static final int FAMILY_BILLS = 20;
    static final int REDEMPTION = 400;
    private static final List<Channel> JOINED_THROUGH = List.of(Channel.APP, Channel.STORE, Channel.CALL_CENTER, Channel.WEB);
    private static final List<String> GOLD_CALLS_IN_TURN = List.of("WELCOMED", "EVENT_INVITE", "NO_ANSWER");
    private static final List<String> REWARDS = List.of("Cinema tickets for two", "A month of music streaming",
            "£5 off the next bill", "A phone case in store");

    /** A member the feeds report on, from the day they joined; half of them spend their points, half let them pile up. */
    private record Member(String customerId, LocalDate joined, BigDecimal monthlyBill, boolean spends) {
    }

    private final CustomerDirectory customers;
    private final LoyaltyEarnings earnings;
    private final LoyaltyLedger ledger;
    private final Clock clock;
    private final Map<String, Member> members = new LinkedHashMap<>();
    /** Each member's next billing day: a month after joining, then monthly. */
    private final Map<String, LocalDate> nextBills = new LinkedHashMap<>();
    private int joined;
    private int calls;
    private int waits;

    LoyaltyHistory(CustomerDirectory customers, LoyaltyEarnings earnings, LoyaltyLedger ledger, Clock clock) {
        this.customers = customers;
        this.earnings = earnings;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return LoyaltyVariables.PROCESS_ID;
    }

    @Override
    public Duration past() {
        return PAST;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        List<Instant> times = new ArrayList<>(period.startTimes(EARLY_MEMBERS, Duration.ZERO, PAST.minus(Duration.ofDays(45))));
        times.addAll(period.startTimes(RECENT_MEMBERS, PAST.minus(Duration.ofDays(90)), Duration.ofDays(1)));
        List<String> chosen = period.customers(times.size(), this::billed);
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < Math.min(times.size(), chosen.size()); i++) {
            String customer = chosen.get(i);
            Channel channel = JOINED_THROUGH.get(i % JOINED_THROUGH.size());
            starts.add(new PastStart(times.get(i), () -> customers.context(customer).map(context -> join(context, channel))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        if (!"Task_WelcomeToGold".equals(taskKey)) {
            return Optional.empty();
        }
        return Optional.of(TaskWork.after(teamDelay(random), Map.of(LoyaltyVariables.GOLD_CALL_RESULT,
                GOLD_CALLS_IN_TURN.get(calls++ % GOLD_CALLS_IN_TURN.size()), "agentNote", "Thanked them for their years with us")));
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        // asked once per membership, as it begins: some members leave the program after a while
        return "MemberLeft".equals(messageName) && waits++ % MEMBERS_PER_LEAVER == MEMBERS_PER_LEAVER - 1
                ? Optional.of(new Reply(within(random, Duration.ofDays(60), Duration.ofDays(200)), MomentType.LOYALTY_LEFT,
                Channel.APP, Map.of()))
                : Optional.empty();
    }

    /**
     * Once a day of the past (or less often, when nothing else happens for days): every billing day that
     * has come since, the bill and its payment; a month after joining, half of the members get the app;
     * every other month a reward.
     */
    @Override
    public void timePassed() {
        LocalDate today = LocalDate.now(clock);
        for (Member member : List.copyOf(members.values())) {
            try {
                for (LocalDate bill = nextBills.get(member.customerId()); !bill.isAfter(today); bill = bill.plusMonths(1)) {
                    billed(member, bill);
                    nextBills.put(member.customerId(), bill.plusMonths(1));
                }
            } catch (ApiException left) {
                // the member left the program: the feeds report nothing more
                members.remove(member.customerId());
            }
        }
    }

    private void billed(Member member, LocalDate day) {
        String month = day.toString().substring(0, 7);
        report(member, LoyaltyBehaviour.BILL_SPEND, member.monthlyBill(), "bill-" + month, Channel.WEB);
        report(member, LoyaltyBehaviour.ON_TIME_PAYMENT, null, "paid-" + month, Channel.WEB);
        if (member.joined().plusMonths(1).equals(day) && member.customerId().hashCode() % 2 == 0) {
            report(member, LoyaltyBehaviour.APP_DOWNLOAD, null, "app", Channel.APP);
        }
        if (member.spends() && day.getMonthValue() % 2 == 0 && ledger.statement(member.customerId(), day)
                .filter(statement -> statement.balance() >= REDEMPTION).isPresent()) {
            ledger.redeem(member.customerId(), REDEMPTION, REWARDS.get(day.getMonthValue() / 2 % REWARDS.size()),
                    "demo-reward-" + member.customerId() + "-" + month, Channel.STORE, "store", clock.instant());
        }
    }

    private void report(Member member, LoyaltyBehaviour behaviour, BigDecimal amount, String what, Channel channel) {
        earnings.earn(member.customerId(), behaviour, amount, "demo-" + what + "-" + member.customerId(), channel, "channel");
    }

    private Moment join(CustomerContext context, Channel channel) {
        int order = joined++;
        BigDecimal bill = context.customer().arpu().multiply(BigDecimal.valueOf(order == 0 ? FAMILY_BILLS : 1));
        members.put(context.customerId(), new Member(context.customerId(), LocalDate.now(clock), bill, order % 2 == 0));
        nextBills.put(context.customerId(), LocalDate.now(clock).plusMonths(1));
        return new Moment("demo-history-loyalty-" + context.customerId(), context.customerId(), MomentType.LOYALTY_JOINED,
                channel, clock.instant(), Map.of());
    }

    /** Contract customers who pay: the feeds report their bills. */
    private boolean billed(String customerId) {
        return customers.context(customerId).filter(context -> context.customer().type() != CustomerType.PREPAID
                && !context.billing().isDelinquent() && context.customer().arpu().signum() > 0).isPresent();
    }
}
