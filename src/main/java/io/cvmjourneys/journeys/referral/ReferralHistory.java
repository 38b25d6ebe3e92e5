package io.cvmjourneys.journeys.referral;

import static io.cvmjourneys.journeys.Chances.teamDelay;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.DemoNewcomers;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.Outcome;
import io.cvmjourneys.referrals.ReferralLead;
import io.cvmjourneys.referrals.Referrals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: five months of referrals. In a store the next-best-action engine invites loyal customers
 * to refer a friend: those who will refer take their code, others decline or think it over. They
 * share their codes; most friends leave their
 * details on the link's page first, some never join. Friends join as new customers, in a store or
 * online, and most are rewarded after their qualifying period. In turn the checks meet a referrer
 * using their own code, a long-standing customer joining "as a friend", a handset seen in an earlier
 * referral (approved: two sisters, one of whom asks to cancel within the period) and a referrer whose
 * fourth friend in three weeks joins (approved late, after the escalation). Every other friend answers
 * the survey.
 */
@Component
@Profile("demo")
class ReferralHistory implements ProgramHistory {

    static final Duration PAST = Duration.ofDays(150);
    /** Friends whose journeys end within the past, and friends still in their qualifying period today. */
    static final int ENDED = 16;
    static final int RUNNING = 5;
    static final int REFERRERS = 9;
    /** The referrer whose friends join fast enough for the farming check: one more than it lets pass. */
    static final int FARMED_FRIENDS = 4;
    /** Loyal customers invited in a store who refer nobody: they decline, or think it over, in turn. */
    static final int INVITED_ONLY = 6;
    /** The store visits take the period's first days; friends join after them. */
    static final Duration VISITS = Duration.ofDays(10);
    private static final List<Outcome> NOT_NOW_IN_TURN = List.of(Outcome.DECLINED, Outcome.LATER);
    /** A lead nobody follows up comes in every this many days. */
    static final int DAYS_PER_UNANSWERED_LEAD = 11;
    private static final List<Kind> KINDS_IN_TURN = List.of(Kind.FROM_LEAD, Kind.DIRECT, Kind.OWN_CODE, Kind.FROM_LEAD,
            Kind.SHARED_HANDSET, Kind.DIRECT, Kind.OLD_CUSTOMER, Kind.FROM_LEAD);
    private static final String SHARED_HANDSET = "35-209900-176148-1";
    private static final String INVITATION = "REFER_A_FRIEND";

    /** What a friend's joining shows the checks. */
    private enum Kind { FROM_LEAD, DIRECT, OWN_CODE, SHARED_HANDSET, OLD_CUSTOMER, FARMED }

    /** The handset the order names: the sisters' one, the friend's own, or none (an order without it). */
    private enum Handset { SHARED, OWN, NONE }

    private final Referrals referrals;
    private final NextBestActionService nextBestActions;
    private final DemoNewcomers newcomers;
    private final CustomerDirectory customers;
    private final Clock clock;
    private final List<String> referrers = new ArrayList<>();
    private SplittableRandom random = new SplittableRandom(0);
    private LocalDate lastLead;
    private int leads;
    private int surveys;

    ReferralHistory(Referrals referrals, NextBestActionService nextBestActions, DemoNewcomers newcomers,
                    CustomerDirectory customers, Clock clock) {
        this.referrals = referrals;
        this.nextBestActions = nextBestActions;
        this.newcomers = newcomers;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return ReferralVariables.PROCESS_ID;
    }

    @Override
    public Duration past() {
        return PAST;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        random = period.random().split();
        lastLead = period.firstDay();
        referrers.addAll(period.customers(REFERRERS, this::mayRecommendUs));
        List<String> oldCustomers = period.customers(2, this::mayRecommendUs);
        List<String> invitedOnly = period.customers(INVITED_ONLY, this::mayRecommendUs);
        if (referrers.size() < REFERRERS || oldCustomers.size() < 2) {
            return List.of();
        }
        // the store visits come first: the referrers take their codes then
        List<Instant> visits = period.startTimes(REFERRERS + invitedOnly.size(), Duration.ZERO, PAST.minus(VISITS));
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            String visitor = i < REFERRERS ? referrers.get(i) : invitedOnly.get(i - REFERRERS);
            Outcome answer = i < REFERRERS ? Outcome.ACCEPTED : NOT_NOW_IN_TURN.get(i % NOT_NOW_IN_TURN.size());
            starts.add(new PastStart(visits.get(i), () -> visitsAStore(visitor, answer)));
        }
        List<Instant> times = new ArrayList<>(period.startTimes(ENDED - FARMED_FRIENDS, VISITS, Duration.ofDays(100)));
        times.addAll(period.startTimes(RUNNING, PAST.minus(Duration.ofDays(40)), Duration.ofDays(1)));
        for (int i = 0; i < times.size(); i++) {
            Kind kind = KINDS_IN_TURN.get(i % KINDS_IN_TURN.size());
            // each turn's referrer differs from the last turn's: a referrer's own code is used once
            String referrer = referrers.get(1 + i % (REFERRERS - 2));
            String joining = kind == Kind.OLD_CUSTOMER ? oldCustomers.get(i / KINDS_IN_TURN.size() % 2) : null;
            // the first friend's handset is the one a sister uses again later
            Handset handset = kind == Kind.SHARED_HANDSET || i == 0 ? Handset.SHARED
                    : kind == Kind.DIRECT ? Handset.NONE : Handset.OWN;
            starts.add(new PastStart(times.get(i), () -> Optional.of(joins(kind, referrer, joining, handset))));
        }
        // the first referrer's friends join within three weeks of each other, early in the period
        Instant farming = period.startTimes(1, VISITS, Duration.ofDays(125)).get(0);
        for (int i = 0; i < FARMED_FRIENDS; i++) {
            starts.add(new PastStart(farming.plus(Duration.ofDays(6L * i)), () -> Optional.of(joins(Kind.FARMED,
                    referrers.get(0), null, Handset.OWN))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        if (!"Task_ReviewReferral".equals(taskKey)) {
            return Optional.empty();
        }
        String findings = String.valueOf(journey.get(ReferralVariables.FINDINGS));
        if (findings.contains("Reward farming")) {
            return Optional.of(TaskWork.after(within(random, Duration.ofDays(4), Duration.ofDays(5)), review("APPROVE",
                    "Called the referrer: a football coach who told his team. Real people, real lines.")));
        }
        if (findings.contains("Same device")) {
            return Optional.of(TaskWork.after(teamDelay(random), review("APPROVE",
                            "Sisters; one used the other's phone while hers was delivered"))
                    .followedBy(new Reply(within(random, Duration.ofDays(20), Duration.ofDays(45)), MomentType.CANCELLATION_REQUEST,
                            Channel.CALL_CENTER, Map.of("reason", "PRICE"))));
        }
        return Optional.of(TaskWork.after(teamDelay(random), review("REJECT", findings.contains("Self-referral")
                ? "The referrer's own second line: not a friend" : "Customer for years: the code was used to get a credit")));
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        if (!ReferralEvents.SURVEY_ANSWERED.equals(messageName) || surveys++ % 2 == 1) {
            return Optional.empty();
        }
        return Optional.of(new Reply(within(random, Duration.ofHours(2), Duration.ofDays(5)), MomentType.SURVEY_ANSWERED,
                Channel.EMAIL, Map.of("score", surveys % 3 == 0 ? 8 : 10)));
    }

    /** Now and then a friend leaves their details and never joins. */
    @Override
    public void timePassed() {
        LocalDate today = LocalDate.now(clock);
        if (referrers.isEmpty() || today.isBefore(lastLead.plusDays(DAYS_PER_UNANSWERED_LEAD))) {
            return;
        }
        lastLead = today;
        String referrer = referrers.get(leads % referrers.size());
        lead(referrer, "Sam Undecided", "sam.undecided." + leads + "@example.com", clock.instant());
    }

    /**
     * A customer talks to a store agent, whose page proposes the invitation among the next best actions;
     * the agent records the answer, and gives the code to a customer who takes it. Starts no journey.
     */
    private Optional<Moment> visitsAStore(String customer, Outcome answer) {
        NextBestActions proposed = nextBestActions.decide(customer, MomentType.STORE_VISIT, Channel.STORE, null);
        if (proposed.actions().stream().anyMatch(action -> action.actionId().equals(INVITATION))) {
            nextBestActions.recordOutcome(proposed.decisionId(), INVITATION, answer, "store");
            if (answer == Outcome.ACCEPTED) {
                referrals.codeOf(customer, clock.instant());
            }
        }
        return Optional.empty();
    }

    private Moment joins(Kind kind, String referrer, String oldCustomer, Handset handset) {
        String code = referrals.codeOf(referrer, clock.instant()).code();
        String friend = switch (kind) {
            case OWN_CODE -> referrer;
            case OLD_CUSTOMER -> oldCustomer;
            default -> newcomers.joinToday(random);
        };
        if (kind == Kind.FROM_LEAD || kind == Kind.FARMED) {
            CustomerContext joining = customers.context(friend).orElseThrow();
            lead(referrer, joining.customer().name(), joining.customer().email(),
                    clock.instant().minus(within(random, Duration.ofDays(2), Duration.ofDays(12))));
        }
        Map<String, Object> data = new HashMap<>();
        data.put(FriendJoined.CODE_FIELD, code);
        if (handset != Handset.NONE) {
            data.put(FriendJoined.DEVICE_FIELD, handset == Handset.SHARED ? SHARED_HANDSET : "35-" + friend.substring(5) + "-0");
        }
        return new Moment("demo-history-referral-" + friend, friend, MomentType.REFERRED_FRIEND_JOINED,
                kind == Kind.DIRECT ? Channel.WEB : Channel.STORE, clock.instant(), data);
    }

    private void lead(String referrer, String name, String email, Instant at) {
        referrals.recordLead(new ReferralLead("demo-lead-" + ++leads, referrals.codeOf(referrer, at).code(), name, email, null,
                null), at);
    }

    private static Map<String, Object> review(String decision, String note) {
        return Map.of(ReferralVariables.REVIEW_DECISION, decision, ReferralVariables.REVIEW_NOTE, note);
    }

    /** Two years with us or more, nothing overdue, no open complaint: customers who tell friends about us. */
    private boolean mayRecommendUs(String customerId) {
        LocalDate today = LocalDate.now(clock);
        return customers.context(customerId).filter(context -> context.tenureMonths(today) >= 30
                && !context.billing().isDelinquent() && !context.hasOpenComplaint() && context.customer().email() != null)
                .isPresent();
    }
}
