package io.cvmjourneys.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.journeys.delinquency.BillingRun;
import io.cvmjourneys.testsupport.ApplicationNode;
import io.cvmjourneys.testsupport.LongRuns;
import io.cvmjourneys.testsupport.PostgresTestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.client.ResourceAccessException;

/**
 * Two nodes (two JVMs, as the compose file runs them) on one real PostgreSQL, under a billing run:
 * its overdue invoices sent to both nodes start journeys asynchronously, then its first reminders all
 * fall due at once. Every job runs exactly once and every reminder is decided, queued and sent at
 * most once; both nodes take part; a node stopped with SIGTERM in the middle finishes what it holds
 * and leaves nothing locked, and a call it no longer took (refused, or reset while it closed) and
 * sent again with the same eventId makes one journey, not two; the jobs of a node killed outright
 * are run by the other once their locks expire. Prints what it measured.
 * <p>
 * The nodes are separate JVMs on the system clock, which a test cannot pin: the billing run is dated
 * from the real today (invoices overdue for three days, whatever the day) and its reminders are made
 * due by setting their due date to the real now, so nothing depends on the day or the hour it runs.
 * <p>
 * Each node executes at least 35 % of each backlog. The node that started second used to take a
 * third of the due timers or less: it parsed the decision tables on first use (every job thread its
 * own copy of the candidate table) while the first node, warm from the demo set-up, took the
 * backlog. Nodes now load their models before they take traffic and poll every second when idle;
 * the test prints how long after the first node each one started on the timers.
 */
class TwoNodesOnOnePostgresTest {

    static final double AT_LEAST = 0.35;
    static final String DEBTOR_PREFIX = "CUST-LOADN%";

    private final List<ApplicationNode> nodes = new ArrayList<>();
    /** The billing run's size: as large as an operator's trial for sharing, smaller where a node stops. */
    private int debtors;
    private String databaseUrl;
    private JdbcTemplate jdbc;
    private BillingRun run;

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (ApplicationNode node : nodes) {
            node.kill();
        }
    }

    @Test
    void eachNodeExecutesItsShareOfABacklogAndNoJobRunsTwice() throws Exception {
        debtors = LongRuns.scaled(1800);
        ApplicationNode first = node("node-1");
        ApplicationNode second = node("node-2");

        List<Answer> answers = sendOverdueInvoices(first, second, null);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(202));
        awaitExecuted("async-continuation", debtors);
        Map<String, Long> starts = executedPerNode("async-continuation");
        int timers = remindersFallDue();
        awaitExecuted("timer%", timers);
        Map<String, Long> reminders = executedPerNode("timer%");

        System.out.printf("Two nodes on one PostgreSQL: %d asynchronous journey starts executed %s; %d due timers executed %s,"
                + " each node's first one %s ms after the first node's%n", debtors, starts, timers, reminders,
                firstExecutionLagMillis("timer%"));
        assertShared(starts, debtors);
        assertShared(reminders, timers);
        assertNothingTwiceNoneFailed();
        leversChangedOnOneNodeHoldOnTheOther(first, second);
    }

    /** A manager changes a cap on one node; the other reads the new version within its refresh (5 s), without a restart. */
    private void leversChangedOnOneNodeHoldOnTheOther(ApplicationNode changedOn, ApplicationNode other) throws InterruptedException {
        // the other node has read the levers in force already: it must notice the change, not read it the first time
        assertThat(other.as("analyst").get().uri("/api/levers").retrieve().body(String.class)).contains("\"version\":0");
        String changed = changedOn.as("manager").post().uri("/api/levers").contentType(MediaType.APPLICATION_JSON)
                .body("{\"levers\": {\"weeklyCaps\": {\"SMS\": 1}, \"quietFrom\": \"21:00\", \"quietUntil\": \"08:00\"},"
                        + " \"reason\": \"One SMS a week\"}")
                .retrieve().body(String.class);
        assertThat(changed).contains("\"version\":1");
        long changedAt = System.nanoTime();
        String inForce = "";
        while (!inForce.contains("\"version\":1") && System.nanoTime() - changedAt < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(200);
            inForce = other.as("analyst").get().uri("/api/levers").retrieve().body(String.class);
        }
        long millis = Duration.ofNanos(System.nanoTime() - changedAt).toMillis();
        System.out.printf("Levers changed on %s were in force on %s after %d ms (refresh every 5 s)%n", changedOn.name(),
                other.name(), millis);
        assertThat(inForce).contains("\"version\":1", "\"SMS\":1");
        assertThat(millis).as("within the refresh of 5 s, and some slack").isLessThanOrEqualTo(10_000);
    }

    @Test
    void aNodeStoppedMidRunFinishesWhatItHoldsAndTheOtherDoesTheRest() throws Exception {
        debtors = LongRuns.scaled(300);
        ApplicationNode first = node("node-1");
        ApplicationNode second = node("node-2");

        // SIGTERM to node 2 while both take the billing run's invoices; its callers go to node 1 after
        List<Answer> answers = sendOverdueInvoices(first, second, second);
        List<Answer> refused = answers.stream().filter(Answer::refusedConnection).toList();
        List<Answer> reset = answers.stream().filter(answer -> answer.status() == 0 && !answer.refusedConnection()).toList();
        // what a caller does with a failed call: send it again, with the same eventId, to the node still up
        for (Answer again : answers.stream().filter(answer -> answer.status() == 0).toList()) {
            assertThat(overdue(first, again.customerId()).status()).as("resent %s", again.customerId()).isIn(200, 202);
        }
        awaitExecuted("async-continuation", debtors);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT BUSINESS_KEY_) || '/' || COUNT(*) FROM ACT_HI_PROCINST"
                + " WHERE BUSINESS_KEY_ LIKE ?", String.class, DEBTOR_PREFIX)).as("debtors with a journey / journeys")
                .isEqualTo(debtors + "/" + debtors);

        // node 2 back (a rolling restart), then node 1 stopped while it works on the reminders, all due at once
        second.start();
        int timers = remindersFallDue();
        awaitExecutedBy(first, "timer%", 16);
        Duration firstStopped = first.stop();
        awaitExecuted("timer%", timers);

        System.out.printf("Rolling restart on one PostgreSQL: %d invoices, node 2 stopped after %d were sent (%d answered by"
                        + " it, %d connections refused and %d reset, all resent to node 1); %d due timers executed %s, node 1"
                        + " exited %d ms after SIGTERM%n", debtors, debtors / 3,
                answers.stream().filter(answer -> answer.node().equals("node-2") && answer.status() == 202).count(),
                refused.size(), reset.size(), timers, executedPerNode("timer%"), firstStopped.toMillis());
        assertThat(answers).filteredOn(answer -> answer.status() != 0).allSatisfy(answer ->
                assertThat(answer.status()).isEqualTo(202));
        assertThat(firstStopped).as("a node exits within its shutdown phase").isLessThan(Duration.ofSeconds(35));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL", Long.class))
                .as("jobs left locked by the stopped nodes").isZero();
        assertNothingTwiceNoneFailed();
    }

    @Test
    void aNodeKilledMidRunLeavesItsJobsToTheOtherOnceTheirLocksExpireAndNothingHappensTwice() throws Exception {
        debtors = LongRuns.scaled(300);
        // a lock of 10 s instead of 5 minutes, so the test sees the hand-over without waiting that long
        ApplicationNode first = node("node-1", "--camunda.bpm.job-execution.lock-time-in-millis=10000");
        ApplicationNode second = node("node-2", "--camunda.bpm.job-execution.lock-time-in-millis=10000");

        assertThat(sendOverdueInvoices(first, second, null)).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(202));
        awaitExecuted("async-continuation", debtors);
        int timers = remindersFallDue();
        awaitExecutedBy(second, "timer%", 32);
        long killedAt = System.nanoTime();
        second.kill();
        long lockedAtKill = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL", Long.class);
        awaitExecuted("timer%", timers);

        System.out.printf("kill -9 on one PostgreSQL: node 2 killed mid-run with %d jobs locked by the nodes; %d due timers"
                        + " executed %s, the last %d ms after the kill (lock time 10 s); %d reminders delivered so far%n",
                lockedAtKill, timers, executedPerNode("timer%"), Duration.ofNanos(System.nanoTime() - killedAt).toMillis(),
                jdbc.queryForObject("SELECT COUNT(*) FROM cvm.delivered_message WHERE customer_id LIKE ?", Long.class,
                        DEBTOR_PREFIX));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL", Long.class))
                .as("jobs still locked after the run").isZero();
        assertNothingTwiceNoneFailed();
    }

    /** A node on the test's database; the first one creates the schemas and the demo, then the debtors are seeded. */
    private ApplicationNode node(String name, String... settings) {
        boolean first = databaseUrl == null;
        if (first) {
            databaseUrl = PostgresTestDatabase.newDatabaseUrl();
        }
        ApplicationNode node = ApplicationNode.started(name, databaseUrl, settings);
        nodes.add(node);
        if (first) {
            jdbc = new JdbcTemplate(new DriverManagerDataSource(databaseUrl, "postgres", "integration-test-only"));
            run = new BillingRun(jdbc, "N", debtors);
            run.seedDebtors(LocalDate.now(ZoneId.of("Europe/London")));
        }
        return node;
    }

    record Answer(String customerId, String node, int status, boolean refusedConnection) {
    }

    /**
     * The billing run's overdue invoices from four callers, alternating between the nodes; when
     * {@code stopping} is given, it gets SIGTERM after a third of them and its callers keep trying it
     * (refused connections are expected, cut-off requests are not).
     */
    private List<Answer> sendOverdueInvoices(ApplicationNode one, ApplicationNode other, ApplicationNode stopping)
            throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < debtors; i++) {
            String customer = run.customer(i);
            ApplicationNode to = i % 2 == 0 ? one : other;
            calls.add(callers.submit(() -> overdue(to, customer)));
            if (stopping != null && i == debtors / 3) {
                new Thread(() -> {
                    try {
                        stopping.stop();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "sigterm").start();
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> call : calls) {
            answers.add(call.get());
        }
        callers.shutdown();
        return answers;
    }

    private Answer overdue(ApplicationNode node, String customer) {
        try {
            int status = node.as("channel").post().uri("/api/moments").contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            {"eventId": "overdue-%s", "customerId": "%s", "type": "INVOICE_OVERDUE", "channel": "WEB",
                             "data": {"invoiceId": "INV-%s"}}""".formatted(customer, customer, customer))
                    .retrieve().toBodilessEntity().getStatusCode().value();
            return new Answer(customer, node.name(), status, false);
        } catch (ResourceAccessException unreachable) {
            return new Answer(customer, node.name(), 0, unreachable.getMessage() != null
                    && unreachable.getMessage().contains("Connection refused")
                    || unreachable.getCause() instanceof java.net.ConnectException);
        }
    }

    /** Five days later on the run's calendar: every first reminder falls due at once. */
    private int remindersFallDue() {
        int timers = jdbc.update("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE TYPE_ = 'timer' AND PROCESS_INSTANCE_ID_ IN"
                + " (SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE ?)", Timestamp.from(Instant.now()),
                DEBTOR_PREFIX);
        assertThat(timers).as("every journey waits for its first reminder").isGreaterThanOrEqualTo(debtors);
        return timers;
    }

    private void assertShared(Map<String, Long> executed, long total) {
        assertThat(executed.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(executed).containsOnlyKeys("node-1", "node-2");
        executed.forEach((node, count) -> assertThat(count).as("jobs %s executed of %d", node, total)
                .isGreaterThanOrEqualTo((long) Math.ceil(total * AT_LEAST)));
    }

    /**
     * Every job ran once and none failed; and what the customer would notice happened once: each
     * debtor got one reminder decision and one queued reminder, and no message went out twice.
     */
    private void assertNothingTwiceNoneFailed() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                + " GROUP BY JOB_ID_ HAVING COUNT(*) > 1) twice", Long.class)).as("jobs executed twice").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1", Long.class))
                .as("job failures").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT customer_id) || '/' || COUNT(*) FROM cvm.nba_decision"
                + " WHERE customer_id LIKE ? AND journey_step = 'DUNNING'", String.class, DEBTOR_PREFIX))
                .as("debtors with a reminder decision / reminder decisions").isEqualTo(debtors + "/" + debtors);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT customer_id) || '/' || COUNT(*) FROM cvm.outbox_message"
                + " WHERE customer_id LIKE ? AND template = 'dunning-friendly-reminder'", String.class, DEBTOR_PREFIX))
                .as("debtors with a queued reminder / queued reminders").isEqualTo(debtors + "/" + debtors);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT message_id FROM cvm.delivered_message"
                + " GROUP BY message_id HAVING COUNT(*) > 1) twice", Long.class)).as("messages delivered twice").isZero();
    }

    /** Successful executions per node (the job log's host name) of the billing run's jobs of a type (SQL LIKE). */
    private Map<String, Long> executedPerNode(String jobType) {
        return perNode("COUNT(*)", jobType);
    }

    /** Per node, milliseconds from the first execution of a billing-run job of the type by any node to its own first. */
    private Map<String, Long> firstExecutionLagMillis(String jobType) {
        Map<String, Long> firsts = perNode("CAST(EXTRACT(EPOCH FROM MIN(TIMESTAMP_)) * 1000 AS BIGINT)", jobType);
        long earliest = firsts.values().stream().mapToLong(Long::longValue).min().orElse(0);
        firsts.replaceAll((node, first) -> first - earliest);
        return firsts;
    }

    private Map<String, Long> perNode(String aggregate, String jobType) {
        Map<String, Long> perNode = new TreeMap<>();
        jdbc.query("SELECT HOSTNAME_, " + aggregate + " FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND JOB_DEF_TYPE_ LIKE ?"
                        + " AND PROCESS_INSTANCE_ID_ IN (SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE ?)"
                        + " GROUP BY HOSTNAME_", row -> {
                    perNode.put(row.getString(1), row.getLong(2));
                }, jobType, DEBTOR_PREFIX);
        return perNode;
    }

    /** Until the nodes have executed this many of the billing run's jobs of the type. */
    private void awaitExecuted(String jobType, long expected) throws InterruptedException {
        awaitExecutedBy(null, jobType, expected);
    }

    /**
     * Until {@code node} (any node when null) has executed this many of the billing run's jobs of the
     * type; after 3 minutes fails with what is left in the job table and the job log.
     */
    private void awaitExecutedBy(ApplicationNode node, String jobType, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + LongRuns.scaled(Duration.ofMinutes(3)).toNanos();
        while (executedBy(node, jobType) < expected) {
            if (System.nanoTime() > deadline) {
                assertThat(executedPerNode(jobType)).as("%d %s jobs executed within 3 minutes; jobs left: %s; job log: %s",
                        expected, jobType, jdbc.queryForList("SELECT TYPE_, LOCK_OWNER_, RETRIES_, COUNT(*) AS N FROM ACT_RU_JOB"
                                + " GROUP BY TYPE_, LOCK_OWNER_, RETRIES_"),
                        jdbc.queryForList("SELECT JOB_DEF_TYPE_, JOB_STATE_, HOSTNAME_, COUNT(*) AS N FROM ACT_HI_JOB_LOG"
                                + " GROUP BY JOB_DEF_TYPE_, JOB_STATE_, HOSTNAME_")).isNull();
            }
            Thread.sleep(50);
        }
    }

    private long executedBy(ApplicationNode node, String jobType) {
        Map<String, Long> perNode = executedPerNode(jobType);
        return node == null ? perNode.values().stream().mapToLong(Long::longValue).sum()
                : perNode.getOrDefault(node.name(), 0L);
    }
}
