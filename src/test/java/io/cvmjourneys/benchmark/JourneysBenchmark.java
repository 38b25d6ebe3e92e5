package io.cvmjourneys.benchmark;

import io.cvmjourneys.CvmJourneysApplication;
import io.cvmjourneys.benchmark.BenchmarkReport.Goal;
import io.cvmjourneys.journeys.delinquency.BillingRun;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * (d) Journeys on PostgreSQL, the way production runs them (job executor on, settings from
 * application.yaml, the demo base), each figure beside a bare engine measured in the same run on the
 * same engine and database: a one-user-task process behind a one-day timer, with no delegate, form or
 * intake. In order:
 * <ol>
 *   <li>pgbench's commit rate on the same server (8 clients), when pgbench is installed;</li>
 *   <li>bare starts (8 callers), then journey starts: a billing run of N overdue invoices handed to the
 *       intake by 8 callers, until every journey waits for its first reminder;</li>
 *   <li>a dunning day: the bare timers, then the N first reminders, falling due at once; time to drain,
 *       jobs/s, failed jobs, incidents, reminders lost or queued twice;</li>
 *   <li>database size and heap after the run, per 100,000 journeys;</li>
 *   <li>task completions by 8 agents (claim, then complete with the form's values) of cancellation
 *       journeys' retention-offer tasks, beside claim-and-complete of bare tasks, with the N bare tasks and
 *       everything else still open.</li>
 * </ol>
 * N is 10,000, or the first argument ({@code -Dbenchmark.args=100000} for a full dunning day, about an hour).
 * Run with: {@code mvn -Pbenchmark test-compile exec:exec -Dbenchmark.main=io.cvmjourneys.benchmark.JourneysBenchmark}
 */
public final class JourneysBenchmark {

    private static final String NAME = "Journeys, PostgreSQL";
    private static final int CALLERS = 8;
    private static final int COMPLETIONS = 1_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(90);
    private static final String BARE_PROCESS = "Benchmark_BareJourney";
    private static final String BARE_TASK = "Task_BareWork";
    private static final Duration BARE_WAIT = Duration.ofDays(1);
    private static final Path PGBENCH = Path.of("/usr/lib/postgresql/15/bin/pgbench");

    public static void main(String[] args) throws Exception {
        int journeys = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 10_000;
        double heapBefore = heapAfterGc();
        String url = PostgresTestDatabase.newDatabaseUrl();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CvmJourneysApplication.class)
                .profiles("postgres", "demo")
                .run("--server.port=0", "--CVM_DB_URL=" + url, "--CVM_DB_USER=postgres", "--CVM_DB_PASSWORD=benchmark-only",
                        "--logging.level.root=warn")) {
            new JourneysBenchmark(app, journeys, heapBefore).run(url);
        } finally {
            ClockUtil.reset();
        }
        BenchmarkReport.write();
    }

    private final ConfigurableApplicationContext app;
    private final int journeys;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final Clock clock;
    /** Heap in use before the application started: what earlier benchmarks of the same JVM left. */
    private final double heapBefore;
    private Map<String, Long> rowsCounted = Map.of();

    private JourneysBenchmark(ConfigurableApplicationContext app, int journeys, double heapBefore) {
        this.app = app;
        this.heapBefore = heapBefore;
        this.journeys = journeys;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.runtime = app.getBean(RuntimeService.class);
        this.tasks = app.getBean(TaskService.class);
        this.management = app.getBean(ManagementService.class);
        this.identity = app.getBean(IdentityService.class);
        this.clock = app.getBean(Clock.class);
    }

    private void run(String url) throws Exception {
        pgbench(url).ifPresent(tps -> BenchmarkReport.add(NAME, "pgbench TPC-B, 8 clients (commit rate)", tps, "tx/s", Goal.NONE));
        app.getBean(RepositoryService.class).createDeployment().name("bare-engine-benchmark")
                .addModelInstance(BARE_PROCESS + ".bpmn", bareProcess()).deploy();
        long databaseBefore = databaseBytes();
        countRowsFromHere();

        double bareStarts = rate(journeys, timed(() -> inParallel(journeys, i -> runtime.startProcessInstanceByKey(BARE_PROCESS,
                "BARE-" + i, Map.of("customerId", "BARE-" + i, "channel", "WEB", "momentType", "INVOICE_OVERDUE",
                        "eventId", "bare-" + i, "invoiceId", "INV-BARE-" + i)))));
        BenchmarkReport.add(NAME, "bare engine: starts, " + CALLERS + " callers", bareStarts, "/s", Goal.NONE);
        double bareStartRows = rowsPer("bare start", journeys);
        BenchmarkReport.add(NAME, "bare engine: rows written per start", bareStartRows, "rows", Goal.NONE);
        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(BARE_WAIT).plusSeconds(60)));
        double bareTimers = rate(journeys, timed(() -> await(() -> tasks.createTaskQuery().processDefinitionKey(BARE_PROCESS).count(),
                journeys)));
        BenchmarkReport.add(NAME, "bare engine: due timers drained", bareTimers, "jobs/s", Goal.NONE);
        double bareTimerRows = rowsPer("bare due timer", journeys);
        BenchmarkReport.add(NAME, "bare engine: rows written per due timer", bareTimerRows, "rows", Goal.NONE);
        long afterBare = databaseBytes();

        Instant now = clock.instant();
        BillingRun billingRun = new BillingRun(jdbc, "D", journeys);
        billingRun.seedDebtors(LocalDate.now(clock));
        long seeded = databaseBytes();
        countRowsFromHere();
        Duration intake = billingRun.startJourneys(app.getBean(MomentIntake.class), CALLERS, now);
        Duration started = intake.plus(timed(() -> await(() -> management.createJobQuery().activityId("Event_FirstReminderDue").count(),
                journeys)));
        BenchmarkReport.add(NAME, "billing run: moments through the intake, " + CALLERS + " callers", rate(journeys, intake), "/s",
                "bare engine starts", bareStarts, Goal.NONE);
        BenchmarkReport.add(NAME, "billing run: journeys started (waiting for the first reminder)", rate(journeys, started), "/s",
                "bare engine starts", bareStarts, Goal.ratioAtLeast(0.8));
        BenchmarkReport.add(NAME, "billing run: rows written per journey start", rowsPer("journey start", journeys), "rows",
                "bare engine rows per start", bareStartRows, Goal.NONE);

        long failedBefore = management.createJobQuery().withException().count();
        ClockUtil.setCurrentTime(Date.from(now.plus(BillingRun.FIRST_REMINDER_AFTER).plusSeconds(60)));
        Duration drained = timed(() -> await(() -> billingRun.remindersQueued(jdbc), journeys));
        BenchmarkReport.add(NAME, "dunning day: " + String.format("%,d", journeys) + " first reminders drained", drained.toMillis() / 1000.0,
                "s", journeys >= 100_000 ? Goal.valueAtMost(300, "s") : Goal.NONE);
        BenchmarkReport.add(NAME, "dunning day: first reminders queued", rate(journeys, drained), "jobs/s",
                "bare engine due timers", bareTimers, Goal.ratioAtLeast(0.8));
        BenchmarkReport.add(NAME, "dunning day: rows written per first reminder", rowsPer("first reminder", journeys), "rows",
                "bare engine rows per due timer", bareTimerRows, Goal.NONE);
        BenchmarkReport.add(NAME, "dunning day: jobs failed (exception, retried or not)",
                management.createJobQuery().withException().count() - failedBefore, "jobs", Goal.valueAtMost(0, "jobs"));
        BenchmarkReport.add(NAME, "dunning day: incidents", runtime.createIncidentQuery().count(), "incidents",
                Goal.valueAtMost(0, "incidents"));
        BenchmarkReport.add(NAME, "dunning day: journeys without their reminder, or with two", lostOrTwice(billingRun), "journeys",
                Goal.valueAtMost(0, "journeys"));

        double perHundredThousand = 100_000.0 / journeys;
        BenchmarkReport.add(NAME, "database size per 100,000 bare processes (waiting at a task)",
                (afterBare - databaseBefore) / 1e6 * perHundredThousand, "MB", Goal.NONE);
        BenchmarkReport.add(NAME, "database size per 100,000 delinquency journeys (reminded, with history)",
                (databaseBytes() - seeded) / 1e6 * perHundredThousand, "MB", Goal.NONE);
        BenchmarkReport.add(NAME, "heap used after the dunning day (after a full GC)", heapAfterGc(), "MB",
                "heap before the application started", heapBefore, Goal.valueAtMost(512, "MB"));

        completions();
    }

    /** A one-user-task process behind a timer, as plain as the engine allows: the baseline for starts, timers and tasks. */
    private static BpmnModelInstance bareProcess() {
        return Bpmn.createExecutableProcess(BARE_PROCESS).name("Bare engine benchmark")
                .startEvent("StartEvent_Bare")
                .intermediateCatchEvent("Event_BareWait").timerWithDuration(BARE_WAIT.toString())
                .userTask(BARE_TASK).name("Bare work").camundaCandidateGroups("call-center")
                .endEvent("EndEvent_Bare")
                .done();
    }

    /** Claim and complete by 8 agents: retention offers of cancellation journeys beside bare tasks, everything else left open. */
    private void completions() throws Exception {
        MomentIntake intake = app.getBean(MomentIntake.class);
        List<String> customers = new ArrayList<>();
        for (int i = 1; customers.size() < COMPLETIONS; i++) {
            String customer = "CUST-%06d".formatted(i);
            if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(customer).active().count() == 0) {
                customers.add(customer);
            }
        }
        Instant now = clock.instant();
        inParallel(COMPLETIONS, i -> intake.receive(new Moment("cancel-" + customers.get(i), customers.get(i),
                MomentType.CANCELLATION_REQUEST, Channel.CALL_CENTER, now, Map.of("reason", "PRICE"))));
        LongSupplier offers = () -> tasks.createTaskQuery().taskDefinitionKey("Task_PresentRetentionOffer").taskUnassigned().count();
        await(offers, COMPLETIONS);
        BenchmarkReport.add(NAME, "open tasks while agents complete", tasks.createTaskQuery().count(), "tasks", Goal.NONE);

        List<Task> bare = tasks.createTaskQuery().taskDefinitionKey(BARE_TASK).listPage(0, COMPLETIONS);
        countRowsFromHere();
        double bareRate = rate(COMPLETIONS, timed(() -> inParallel(COMPLETIONS, i -> asAgent(() -> {
            tasks.claim(bare.get(i).getId(), "agent");
            tasks.complete(bare.get(i).getId(), Map.of("offerResponse", "DECLINED", "discountPercent", 0L));
        }))));
        BenchmarkReport.add(NAME, "bare engine: claim + complete, " + CALLERS + " agents", bareRate, "/s", Goal.NONE);
        double bareCompletionRows = rowsPer("bare claim + complete", COMPLETIONS);
        BenchmarkReport.add(NAME, "bare engine: rows written per claim + complete", bareCompletionRows, "rows", Goal.NONE);
        List<Task> retention = new ArrayList<>();
        for (int page = 0; retention.size() < COMPLETIONS; page += 500) {
            retention.addAll(tasks.createTaskQuery().taskDefinitionKey("Task_PresentRetentionOffer").taskUnassigned()
                    .orderByTaskId().asc().listPage(page, 500));
        }
        double journeyRate = rate(COMPLETIONS, timed(() -> inParallel(COMPLETIONS, i -> asAgent(() -> {
            tasks.claim(retention.get(i).getId(), "agent");
            tasks.complete(retention.get(i).getId(), Map.of("offerResponse", "DECLINED", "discountPercent", 0L,
                    "agentNote", "Benchmark: the customer keeps the cancellation"));
        }))));
        BenchmarkReport.add(NAME, "retention offers: claim + complete with the form's values, " + CALLERS + " agents", journeyRate,
                "/s", "bare engine claim + complete", bareRate, Goal.valueAtLeast(250, "/s"));
        BenchmarkReport.add(NAME, "retention offers: rows written per claim + complete", rowsPer("retention offer claim + complete",
                COMPLETIONS), "rows", "bare engine rows per claim + complete", bareCompletionRows, Goal.NONE);
    }

    private void asAgent(Runnable work) {
        identity.setAuthentication("agent", List.of("call-center"));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private long lostOrTwice(BillingRun billingRun) {
        // one pass over the reminders, grouped, rather than a count per customer
        Long mismatched = jdbc.queryForObject("""
                SELECT COUNT(*) FROM cvm.customer c
                LEFT JOIN (SELECT customer_id, COUNT(*) AS reminders FROM cvm.outbox_message
                           WHERE template = 'dunning-friendly-reminder' GROUP BY customer_id) m ON m.customer_id = c.id
                WHERE c.id LIKE ? AND COALESCE(m.reminders, 0) <> 1""",
                Long.class, billingRun.customerIdPattern());
        return mismatched == null ? 0 : mismatched;
    }

    /** Rows inserted, updated and deleted so far, per table, from PostgreSQL's statistics. */
    private void countRowsFromHere() throws InterruptedException {
        rowsCounted = rowsWritten();
    }

    private Map<String, Long> rowsWritten() throws InterruptedException {
        // a backend reports its counts at most every second, and an idle one within 10 s
        Thread.sleep(11_000);
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query("SELECT schemaname || '.' || relname AS name, n_tup_ins + n_tup_upd + n_tup_del AS written FROM pg_stat_user_tables",
                (RowCallbackHandler) row -> rows.put(row.getString("name"), row.getLong("written")));
        return rows;
    }

    /** Rows written per unit of work since the last count; prints the tables written most. */
    private double rowsPer(String work, int units) throws InterruptedException {
        Map<String, Long> before = rowsCounted;
        Map<String, Long> after = rowsWritten();
        rowsCounted = after;
        Map<String, Double> perUnit = new HashMap<>();
        after.forEach((table, written) -> perUnit.put(table, (written - before.getOrDefault(table, 0L)) / (double) units));
        System.out.println("rows written per " + work + ", most first: " + perUnit.entrySet().stream()
                .filter(table -> table.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(table -> String.format(Locale.ROOT, "%s %.1f", table.getKey(), table.getValue()))
                .collect(Collectors.joining(", ")));
        return perUnit.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private long databaseBytes() {
        Long bytes = jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
        return bytes == null ? 0 : bytes;
    }

    private static double heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    /** pgbench's TPC-B-like run on its own database of the same server, or nothing when pgbench is not installed. */
    private static Optional<Double> pgbench(String jdbcUrl) throws IOException, InterruptedException {
        if (!Files.isExecutable(PGBENCH)) {
            System.out.println("pgbench is not installed at " + PGBENCH + ": no commit-rate baseline");
            return Optional.empty();
        }
        Matcher port = Pattern.compile("localhost:(\\d+)/").matcher(jdbcUrl);
        if (!port.find()) {
            throw new IllegalStateException("No port in " + jdbcUrl);
        }
        String database = PostgresTestDatabase.newDatabaseUrl().replaceAll(".*/([^/?]+).*", "$1");
        List<String> connection = List.of("-h", "localhost", "-p", port.group(1), "-U", "postgres");
        pgbenchRun(connection, List.of("-i", "-q", "-s", "10", database));
        String output = pgbenchRun(connection, List.of("-c", "8", "-j", "2", "-T", "15", database));
        Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        return Optional.of(Double.parseDouble(tps.group(1)));
    }

    private static String pgbenchRun(List<String> connection, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PGBENCH.toString()));
        command.addAll(connection);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Duration timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static double rate(int count, Duration duration) {
        return count * 1e9 / Math.max(1, duration.toNanos());
    }

    /** Runs {@code call} for 0..count-1 on 8 threads; fails on the first call that failed. */
    private static void inParallel(int count, IntConsumer call) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(callers.submit(() -> call.accept(index)));
            }
            for (Future<?> submitted : calls) {
                submitted.get();
            }
        } finally {
            callers.shutdown();
        }
    }

    private static void await(LongSupplier reached, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long count;
        while ((count = reached.getAsLong()) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(count + " of " + expected + " within " + TIMEOUT);
            }
            Thread.sleep(100);
        }
    }
}
