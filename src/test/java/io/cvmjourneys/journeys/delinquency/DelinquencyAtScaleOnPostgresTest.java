package io.cvmjourneys.journeys.delinquency;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.testsupport.PostgresTestDatabase;
import io.cvmjourneys.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A billing run on PostgreSQL with the job executor running as in production: 1,000 invoices become
 * overdue at once, the intake answers each quickly (the journey starts in the background), and when
 * their first reminders all fall due in the same minute, every one of them is sent.
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=true",
        // idle acquisition checks again within a second, so the test does not wait out the default backoff
        "camunda.bpm.job-execution.max-wait=1000", "camunda.bpm.job-execution.wait-time-in-millis=200"})
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"test", "postgres"})
class DelinquencyAtScaleOnPostgresTest {

    private static final int JOURNEYS = 1_000;
    private static final Instant NOW = TestClock.DEFAULT;

    @Autowired
    MomentIntake intake;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Test
    void aThousandJourneysStartedAtOnceAllReachTheirFirstReminder() throws Exception {
        TestClock.pin(NOW);
        BillingRun billingRun = new BillingRun(jdbc, "A", JOURNEYS);
        billingRun.seedDebtors(LocalDate.ofInstant(NOW, ZoneOffset.UTC));

        Duration intakeTime = billingRun.startJourneys(intake, 8, NOW);
        Duration started = billingRun.await("waiting for the first reminder",
                () -> managementService.createJobQuery().processDefinitionKey(DelinquencyVariables.PROCESS_ID)
                        .activityId("Event_FirstReminderDue").count(), Duration.ofMinutes(3));
        TestClock.pin(NOW.plus(BillingRun.FIRST_REMINDER_AFTER).plusSeconds(60));
        Duration reminded = billingRun.await("with the first reminder sent",
                () -> runtimeService.createExecutionQuery().processDefinitionKey(DelinquencyVariables.PROCESS_ID)
                        .activityId("Event_SecondReminderDue").count(), Duration.ofMinutes(3));

        System.out.printf("%,d journeys: intake %d ms (%.0f/s), started in the background %d ms later, "
                        + "first reminders all sent %d ms after falling due (%.0f/s)%n", JOURNEYS, intakeTime.toMillis(),
                JOURNEYS * 1000.0 / intakeTime.toMillis(), started.toMillis(), reminded.toMillis(),
                JOURNEYS * 1000.0 / Math.max(1, reminded.toMillis()));
        assertThat(billingRun.remindersQueued(jdbc)).isEqualTo(JOURNEYS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'act_idx_task_parent_task'",
                Integer.class)).as("index on ACT_RU_TASK.PARENT_TASK_ID_").isEqualTo(1);
        assertThat(managementService.createJobQuery().withException().count()).as("failed jobs").isZero();
        assertThat(managementService.createJobQuery().processDefinitionKey(DelinquencyVariables.PROCESS_ID)
                .activityId("Event_SecondReminderDue").count()).isEqualTo(JOURNEYS);
    }
}
