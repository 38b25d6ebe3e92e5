package io.cvmjourneys.benchmark;

import io.cvmjourneys.CvmJourneysApplication;
import io.cvmjourneys.journeys.delinquency.BillingRun;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.testsupport.PostgresTestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A billing run on PostgreSQL, the way production runs it (job executor on, settings from
 * application.yaml): N invoices become overdue at once; how long the intake takes, how long until
 * every journey waits for its first reminder, and how long until every first reminder is queued in
 * the outbox (the step's work; the dispatcher sends it after) once they all fall due in the same minute.
 * Beside the rates: jobs that failed (an exception, retries left or not) and incidents, so a fast run
 * that lost journeys does not pass for a good one. A run of 500 first is the baseline: the ratio of the time
 * per journey at 10,000 to that at 500 says whether it scales linearly (1.0) or worse.
 * Run with: {@code mvn -Pbenchmark test-compile exec:exec -Dbenchmark.main=io.cvmjourneys.benchmark.DelinquencyBenchmark}
 */
public final class DelinquencyBenchmark {

    private static final int BASELINE = 500;
    private static final int MEASURED = 10_000;
    private static final int INTAKE_THREADS = 8;
    private static final Duration TIMEOUT = Duration.ofMinutes(60);

    public static void main(String[] args) throws Exception {
        String url = PostgresTestDatabase.newDatabaseUrl();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CvmJourneysApplication.class)
                .profiles("postgres")
                .run("--server.port=0", "--CVM_DB_URL=" + url, "--CVM_DB_USER=postgres", "--CVM_DB_PASSWORD=benchmark-only",
                        "--camunda.bpm.job-execution.max-wait=1000", "--logging.level.root=warn")) {
            Result baseline = run(app, "B", BASELINE);
            Result measured = run(app, "M", MEASURED);
            System.out.println();
            System.out.println("== delinquency billing run on PostgreSQL (job executor on, " + INTAKE_THREADS + " intake threads)");
            baseline.print();
            measured.print();
            System.out.printf("ratio per journey %,d / %,d: intake %.2f, start %.2f, first reminder %.2f (1.0 = linear)%n",
                    MEASURED, BASELINE, measured.perJourney(measured.intake) / baseline.perJourney(baseline.intake),
                    measured.perJourney(measured.started) / baseline.perJourney(baseline.started),
                    measured.perJourney(measured.reminded) / baseline.perJourney(baseline.reminded));
        } finally {
            ClockUtil.reset();
        }
    }

    private static Result run(ConfigurableApplicationContext app, String prefix, int journeys) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ManagementService management = app.getBean(ManagementService.class);
        Clock clock = app.getBean(Clock.class);
        Instant now = clock.instant();
        BillingRun billingRun = new BillingRun(jdbc, prefix, journeys);
        billingRun.seedDebtors(LocalDate.now(clock));
        long start = System.nanoTime();
        Duration intake = billingRun.startJourneys(app.getBean(MomentIntake.class), INTAKE_THREADS, now);
        billingRun.await("waiting for the first reminder",
                () -> management.createJobQuery().activityId("Event_FirstReminderDue").count(), TIMEOUT);
        Duration started = Duration.ofNanos(System.nanoTime() - start);
        ClockUtil.setCurrentTime(Date.from(now.plus(BillingRun.FIRST_REMINDER_AFTER).plusSeconds(60)));
        Duration reminded = billingRun.await("with the first reminder queued", () -> billingRun.remindersQueued(jdbc), TIMEOUT);
        return new Result(journeys, intake, started, reminded, management.createJobQuery().withException().count(),
                app.getBean(RuntimeService.class).createIncidentQuery().count());
    }

    /** @param failedJobs jobs with an exception, cumulative over the runs; incidents likewise */
    private record Result(int journeys, Duration intake, Duration started, Duration reminded, long failedJobs,
                          long incidents) {

        double perJourney(Duration duration) {
            return duration.toNanos() / 1e6 / journeys;
        }

        void print() {
            System.out.printf("%,7d journeys: intake %,8d ms (%6.0f/s)  all started %,8d ms (%6.0f/s)  "
                            + "all first reminders queued %,8d ms after falling due (%6.0f/s)  failed jobs %d  incidents %d%n",
                    journeys, intake.toMillis(), rate(intake), started.toMillis(), rate(started), reminded.toMillis(),
                    rate(reminded), failedJobs, incidents);
        }

        private double rate(Duration duration) {
            return journeys * 1000.0 / Math.max(1, duration.toMillis());
        }
    }

    private DelinquencyBenchmark() {
    }
}
