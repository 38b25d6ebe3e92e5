package io.cvmjourneys.benchmark;

import io.cvmjourneys.CvmJourneysApplication;
import io.cvmjourneys.benchmark.BenchmarkReport.Goal;
import io.cvmjourneys.campaigns.Audience;
import io.cvmjourneys.campaigns.Campaign;
import io.cvmjourneys.campaigns.CampaignDraft;
import io.cvmjourneys.campaigns.CampaignStatus;
import io.cvmjourneys.campaigns.CampaignTally;
import io.cvmjourneys.campaigns.Campaigns;
import io.cvmjourneys.campaigns.DryRun;
import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.channels.OutboundMessage;
import io.cvmjourneys.channels.OutboundMessages;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.testsupport.PostgresTestDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A one-off campaign to 100,000 customers on PostgreSQL, as production runs it (job executor and
 * outbox dispatcher on, the dispatcher's rounds at their largest): the dry run, the approval (the audience fixed), the sending at the highest
 * rate a campaign may have, and the outbox delivering; then the checks — no customer twice, none
 * outside the policies (consent, unpaid bills, complaints, the control group). The baseline, in the
 * same run on the same customers: the same number of messages queued the way a journey step queues
 * one (its customer's context read for each), 500 per transaction.
 * Run with: {@code mvn -Pbenchmark test-compile exec:exec -Dbenchmark.main=io.cvmjourneys.benchmark.CampaignBenchmark}
 * (add {@code -Dbenchmark.args=20000} for a smaller base).
 */
public final class CampaignBenchmark {

    static final String NAME = "Campaign, PostgreSQL";
    private static final Duration PATIENCE = Duration.ofMinutes(30);
    private static final ZoneId OPERATOR_ZONE = ZoneId.of("Europe/London");
    /** The outbox's round, the most it allows (50 a second by default would take half an hour to deliver 100,000). */
    private static final int DISPATCH_BATCH = 1000;

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 100_000;
        String url = PostgresTestDatabase.newDatabaseUrl();
        // whatever the hour it is started at, the campaign runs from 10:00 on a weekday: in quiet hours it would wait for morning
        ClockUtil.offset(Duration.between(Instant.now(), nextWeekdayAtTen()).toMillis());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CvmJourneysApplication.class)
                .profiles("postgres")
                .run("--server.port=0", "--CVM_DB_URL=" + url, "--CVM_DB_USER=postgres", "--CVM_DB_PASSWORD=benchmark-only",
                        "--cvm.channels.batch-size=" + DISPATCH_BATCH, "--cvm.channels.dispatch-interval=100ms",
                        "--logging.level.root=warn")) {
            new CampaignBenchmark(app, customers).run();
        } finally {
            ClockUtil.reset();
        }
        BenchmarkReport.write();
    }

    private static Instant nextWeekdayAtTen() {
        ZonedDateTime ten = ZonedDateTime.now(OPERATOR_ZONE).with(LocalTime.of(10, 0));
        while (!ten.isAfter(ZonedDateTime.now(OPERATOR_ZONE)) || ten.getDayOfWeek().getValue() > 5) {
            ten = ten.plusDays(1);
        }
        return ten.toInstant();
    }

    private final int customers;
    private final JdbcTemplate jdbc;
    private final Campaigns campaigns;
    private final OutboundMessages outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private CampaignBenchmark(ConfigurableApplicationContext app, int customers) {
        this.customers = customers;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.campaigns = app.getBean(Campaigns.class);
        this.outbox = app.getBean(OutboundMessages.class);
        this.transaction = app.getBean(TransactionTemplate.class);
        this.clock = app.getBean(Clock.class);
    }

    private void run() throws InterruptedException {
        long began = System.nanoTime();
        writeCustomers();
        BenchmarkReport.add(NAME, "customers written (setup)", seconds(began), "s", Goal.NONE);

        Campaign draft = campaigns.define(new CampaignDraft("Benchmark push", "PLAN_UPGRADE", List.of(Channel.EMAIL, Channel.SMS),
                new Audience(List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, false),
                "a benchmark offer.", 5, clock.instant(), Campaigns.MAX_PER_MINUTE), "manager", "Benchmark");
        long dryRunStarted = System.nanoTime();
        DryRun dryRun = campaigns.dryRun(draft.id());
        double dryRunSeconds = seconds(dryRunStarted);
        long approvalStarted = System.nanoTime();
        Campaign approved = campaigns.approve(draft.id(), draft.version(), "admin", "Benchmark");
        double approvalSeconds = seconds(approvalStarted);
        long sendingStarted = System.nanoTime();
        waitUntil(() -> campaigns.find(approved.id()).orElseThrow().status() == CampaignStatus.SENT);
        double sendingSeconds = seconds(sendingStarted);
        waitUntil(() -> pending(approved) == 0);
        double deliveredSeconds = seconds(sendingStarted);
        CampaignTally tally = campaigns.tally(approved.id());

        double rateBound = (double) (customers - tally.heldOut()) / Campaigns.MAX_PER_MINUTE * 60;
        BenchmarkReport.add(NAME, "audience, from " + clock.instant().atZone(clock.getZone()).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES), tally.audience(), "customers", Goal.NONE);
        dryRun.suppressedBy().forEach(policy -> BenchmarkReport.add(NAME, "dry run: suppressed by " + policy.policy(),
                policy.customers(), "customers", Goal.NONE));
        tally.suppressedBy().forEach(policy -> BenchmarkReport.add(NAME, "sent: suppressed by " + policy.label(),
                policy.count(), "customers", Goal.NONE));
        BenchmarkReport.add(NAME, "dry run of the audience", dryRunSeconds, "s", "sending it", sendingSeconds, Goal.NONE);
        BenchmarkReport.add(NAME, "approval (audience fixed, control group drawn)", approvalSeconds, "s", Goal.NONE);
        BenchmarkReport.add(NAME, "sending: every customer handled", sendingSeconds, "s", "the rate's own bound", rateBound,
                Goal.NONE);
        BenchmarkReport.add(NAME, "sending throughput", (tally.audience() - tally.heldOut()) / sendingSeconds, "customers/s",
                Goal.NONE);
        BenchmarkReport.add(NAME, "delivered by the outbox (from approval; rounds of " + DISPATCH_BATCH + " every 100 ms)",
                deliveredSeconds, "s", "sending", sendingSeconds, Goal.NONE);
        BenchmarkReport.add(NAME, "messages queued", tally.queued(), "messages", "reached in the dry run", dryRun.reached(),
                Goal.NONE);
        BenchmarkReport.add(NAME, "customers who got it twice", twice(approved), "customers", Goal.valueAtMost(0, "customers"));
        BenchmarkReport.add(NAME, "messages outside the policies", outsideThePolicies(approved), "messages",
                Goal.valueAtMost(0, "messages"));

        long baselineStarted = System.nanoTime();
        int queued = queueLikeJourneySteps(tally.queued());
        double baselineSeconds = seconds(baselineStarted);
        BenchmarkReport.add(NAME, "baseline: " + queued + " messages queued as journey steps queue them", baselineSeconds, "s",
                "the campaign's sending", sendingSeconds, Goal.NONE);
    }

    /**
     * The base: mass, high-value and VIP customers; nine in ten agreed to marketing by e-mail, half by SMS;
     * one in twenty has an invoice unpaid for 40 days, one in fifty an open complaint.
     */
    private void writeCustomers() {
        SplittableRandom random = new SplittableRandom(20261204L);
        LocalDate today = LocalDate.now(clock);
        Timestamp past = Timestamp.from(clock.instant().minus(Duration.ofDays(60)));
        List<Object[]> people = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> consents = new ArrayList<>();
        List<Object[]> invoices = new ArrayList<>();
        List<Object[]> complaints = new ArrayList<>();
        String[] segments = {"MASS", "MASS", "MASS", "HIGH_VALUE", "VIP"};
        for (int n = 1; n <= customers; n++) {
            String id = "BENCH-%06d".formatted(n);
            people.add(new Object[] {id, "Customer " + n, "+44 7700 %06d".formatted(n), "c" + n + "@example.com", "POSTPAID",
                    segments[random.nextInt(segments.length)], today.minusMonths(6 + random.nextInt(120)), 500 + random.nextInt(3000),
                    20 + random.nextInt(60), "AREA" + random.nextInt(30)});
            lines.add(new Object[] {"SUB-" + id, id});
            if (random.nextInt(10) < 9) {
                consents.add(new Object[] {id, "EMAIL", past});
            }
            if (random.nextInt(2) == 0) {
                consents.add(new Object[] {id, "SMS", past});
            }
            if (random.nextInt(20) == 0) {
                invoices.add(new Object[] {"INV-" + id, id, today.minusDays(54), today.minusDays(40)});
            }
            if (random.nextInt(50) == 0) {
                complaints.add(new Object[] {"CMP-" + id, id, Timestamp.from(clock.instant().minus(Duration.ofDays(2)))});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""", people);
        jdbc.batchUpdate("""
                INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee)
                VALUES (?, ?, 'MOBILE', 'Plus 60GB', '5G', 25)""", lines);
        jdbc.batchUpdate("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'MARKETING', ?, TRUE, ?)",
                consents);
        jdbc.batchUpdate("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on) VALUES (?, ?, 40, ?, ?)", invoices);
        jdbc.batchUpdate("""
                INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at)
                VALUES (?, ?, 'CALL_CENTER', 'BILLING', 'Charged twice', ?)""", complaints);
    }

    private long pending(Campaign campaign) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cvm.outbox_message WHERE idempotency_key LIKE ? AND status = 'PENDING'",
                Long.class, "campaign:" + campaign.id() + ":%");
    }

    private long twice(Campaign campaign) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM (SELECT customer_id FROM cvm.outbox_message WHERE idempotency_key LIKE ?
                                      GROUP BY customer_id HAVING COUNT(*) > 1) twice""", Long.class,
                "campaign:" + campaign.id() + ":%");
    }

    /** Messages to a customer without consent for the channel, with an invoice 40 days late, with an open complaint, or held out. */
    private long outsideThePolicies(Campaign campaign) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM cvm.outbox_message m
                WHERE m.idempotency_key LIKE ? AND (
                      NOT EXISTS (SELECT 1 FROM cvm.consent c WHERE c.customer_id = m.customer_id AND c.granted
                                  AND c.purpose = 'MARKETING' AND c.channel = m.channel)
                   OR EXISTS (SELECT 1 FROM cvm.invoice i WHERE i.customer_id = m.customer_id AND i.paid_on IS NULL)
                   OR EXISTS (SELECT 1 FROM cvm.complaint p WHERE p.customer_id = m.customer_id AND p.resolved_at IS NULL)
                   OR EXISTS (SELECT 1 FROM cvm.campaign_recipient r WHERE r.campaign_id = ? AND r.customer_id = m.customer_id
                              AND r.state = 'HOLDOUT'))""", Long.class, "campaign:" + campaign.id() + ":%", campaign.id());
    }

    /** The baseline: one journey-like service message per customer, each reading its customer's context, 500 per transaction. */
    private int queueLikeJourneySteps(long count) {
        List<String> ids = jdbc.queryForList("SELECT id FROM cvm.customer ORDER BY id FETCH FIRST ? ROWS ONLY", String.class, count);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            transaction.executeWithoutResult(status -> chunk.forEach(id -> outbox.queue(new OutboundMessage(id, Channel.EMAIL,
                    MessageKind.MANDATORY, "campaign-offer", Map.of("offer", "Baseline", "customerName", id, "message", "baseline"),
                    "baseline:" + id))));
        }
        return ids.size();
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Gave up after " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
