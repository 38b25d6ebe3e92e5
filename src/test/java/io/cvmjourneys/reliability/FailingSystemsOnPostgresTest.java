package io.cvmjourneys.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.channels.OutboxDispatcher;
import io.cvmjourneys.journeys.delinquency.DebtorFixture;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOnPostgres;
import io.cvmjourneys.testsupport.JourneyOverRest;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestHttp;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The systems behind the journeys fail for real (a PostgreSQL trigger makes the account's or the
 * gateway's write refuse, as a locked account or a gateway's 421 would) and are mended, as an
 * operator meets it: the step is retried with pauses, then an incident shows in Cockpit in words;
 * once mended, Cockpit's "Retry" completes the journey with one effect. A message a gateway keeps
 * refusing ends as a dead letter with its reason, which the channel team sends again once the
 * gateway works, and the customer gets it once.
 */
@JourneyOnPostgres
class FailingSystemsOnPostgresTest {

    private static final String LOCKED_ACCOUNT = "CUST-FSYS01";
    private static final String REFUSED_MAIL = "CUST-FSYS02";

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void mendEverything() {
        jdbc.sql("DROP TRIGGER IF EXISTS account_locked ON cvm.invoice").update();
        jdbc.sql("DROP TRIGGER IF EXISTS gateway_refuses ON cvm.delivered_message").update();
    }

    @Test
    void aLockedAccountIsRetriedThenAnIncidentInWordsAndRetryingOnceMendedSettlesItOnce() {
        String journey = overdueInvoice(LOCKED_ACCOUNT);
        refuse("account_locked", "cvm.invoice", "UPDATE", LOCKED_ACCOUNT,
                "account " + LOCKED_ACCOUNT + " is locked by the month-end billing run");
        assertThat(moment(LOCKED_ACCOUNT, "evt-fsys-paid", "PAYMENT_RECEIVED", "{\"amount\": 80}").getStatusCode().value())
                .isEqualTo(202);

        List<Instant> attempts = new ArrayList<>();
        for (Job settle = settleJob(journey); settle.getRetries() > 0; settle = settleJob(journey)) {
            TestClock.pin(settle.getDuedate() == null ? TestClock.now() : settle.getDuedate().toInstant());
            attempts.add(TestClock.now());
            String jobId = settle.getId();
            assertThat(attemptFails(jobId)).as("attempt %d", attempts.size()).isTrue();
        }
        System.out.printf("Settling a locked account: %d attempts at %s, then an incident%n", attempts.size(), attempts);
        assertThat(attempts).as("the step's retry cycle R3/PT5M").hasSize(3);
        assertThat(Duration.between(attempts.get(0), attempts.get(1))).isEqualTo(Duration.ofMinutes(5));
        assertThat(Duration.between(attempts.get(1), attempts.get(2))).isEqualTo(Duration.ofMinutes(5));

        String incidents = TestHttp.signedIn(port, "admin").get()
                .uri("/camunda/api/engine/engine/default/incident?processInstanceId={id}&maxResults=50", journey)
                .retrieve().body(String.class);
        List<String> messages = JsonPath.read(incidents, "$[*].incidentMessage");
        assertThat(messages).as("what Cockpit lists").containsExactly("Step \"Settle the account and lift any barring\""
                + " failed: the database refused the change: account " + LOCKED_ACCOUNT + " is locked by the month-end billing run");
        assertThat(JsonPath.<List<String>>read(incidents, "$[*].activityId")).containsExactly("Task_SettleAccount");
        assertThat(paymentsOf(LOCKED_ACCOUNT)).as("nothing half-done by the failed attempts").isZero();

        mendEverything();
        String jobId = settleJob(journey).getId();
        assertThat(new JourneyOverRest(port).as("admin").put().uri("/engine-rest/job/{id}/retries", jobId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"retries\": 1}").retrieve().toBodilessEntity()
                .getStatusCode().value()).as("Cockpit's Retry").isEqualTo(204);
        // the job keeps the due date of its last retry; the job executor takes it then
        EngineClock.passTime(managementService, journey, Duration.ofMinutes(5));

        assertThat(managementService.createJobQuery().processInstanceId(journey).withException().count()).isZero();
        assertThat(historyService.createHistoricIncidentQuery().processInstanceId(journey).resolved().count()).isOne();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(journey)
                .activityId("Task_SettleAccount").finished().count()).isOne();
        assertThat(paymentsOf(LOCKED_ACCOUNT)).as("paid once").isOne();
        assertThat(templatesQueuedFor(LOCKED_ACCOUNT)).containsOnlyOnce("payment-thank-you");
    }

    @Test
    void aMessageTheGatewayKeepsRefusingIsADeadLetterWithItsReasonAndGoesOnceWhenSentAgain() {
        overdueInvoice(REFUSED_MAIL);
        refuse("gateway_refuses", "cvm.delivered_message", "INSERT", REFUSED_MAIL,
                "mail gateway answered 421: service not available, closing transmission channel");
        long messageId = jdbc.sql("SELECT id FROM cvm.outbox_message WHERE customer_id = ? AND template = ?")
                .params(REFUSED_MAIL, "dunning-friendly-reminder").query(Long.class).single();

        List<Instant> attempts = new ArrayList<>();
        while (!"FAILED".equals(status(messageId))) {
            assertThat(attempts).as("attempts before giving up").hasSizeLessThan(10);
            TestClock.pin(notBefore(messageId));
            attempts.add(TestClock.now());
            dispatcher.dispatchDue();
        }
        System.out.printf("A refusing mail gateway: %d attempts at %s, then a dead letter%n", attempts.size(), attempts);
        assertThat(Duration.between(attempts.get(1), attempts.get(2)))
                .as("the pause doubles").isEqualTo(Duration.between(attempts.get(0), attempts.get(1)).multipliedBy(2));

        JourneyOverRest rest = new JourneyOverRest(port);
        String deadLetters = rest.as("channel").get().uri("/api/outbox/dead-letters").retrieve().body(String.class);
        String path = "$[?(@.id == " + messageId + ")]";
        assertThat(JsonPath.<List<String>>read(deadLetters, path + ".reason"))
                .containsExactly("Gave up after " + attempts.size() + " attempts");
        assertThat(JsonPath.<List<String>>read(deadLetters, path + ".lastError")).singleElement().asString()
                .contains("mail gateway answered 421").doesNotContain("SQL [", "PreparedStatement");
        assertThat(JsonPath.<List<String>>read(deadLetters, path + ".template")).containsExactly("dunning-friendly-reminder");
        assertThat(status(rest.as("agent").get().uri("/api/outbox/dead-letters").retrieve().toBodilessEntity()))
                .as("an agent does not watch the gateways").isEqualTo(403);
        assertThat(status(resend(rest, "manager", messageId))).as("managers see dead letters, the channel team sends")
                .isEqualTo(403);

        mendEverything();
        ResponseEntity<String> resent = resend(rest, "channel", messageId);
        assertThat(status(resent)).isEqualTo(200);
        assertThat(JsonPath.<String>read(resent.getBody(), "$.status")).isEqualTo("PENDING");
        ResponseEntity<String> twice = resend(rest, "channel", messageId);
        assertThat(status(twice)).as("queued already").isEqualTo(409);
        assertThat(twice.getBody()).contains("is PENDING, not a dead letter");
        dispatcher.dispatchDue();

        assertThat(status(messageId)).isEqualTo("SENT");
        assertThat(jdbc.sql("SELECT count(*) FROM cvm.delivered_message WHERE message_id = ?").param(messageId)
                .query(Long.class).single()).as("delivered once, under the same id the gateway deduplicates on").isOne();
        assertThat(jdbc.sql("SELECT resent_by FROM cvm.outbox_message WHERE id = ?").param(messageId)
                .query(String.class).single()).isEqualTo("channel");
        assertThat(status(resend(rest, "channel", messageId))).as("a sent message is not sent again").isEqualTo(409);
        assertThat(status(resend(rest, "channel", 987_654_321L))).isEqualTo(404);
        assertThat(JsonPath.<List<Object>>read(rest.as("channel").get().uri("/api/outbox/dead-letters").retrieve()
                .body(String.class), path)).as("no longer a dead letter").isEmpty();
    }

    /** A debtor's overdue invoice reported by billing, the journey walked to its first reminder (queued). */
    private String overdueInvoice(String customer) {
        new DebtorFixture(jdbc).debtor(customer, "MASS", false, BigDecimal.valueOf(80), 1, TestClock.today());
        ResponseEntity<String> started = moment(customer, "evt-fsys-" + customer, "INVOICE_OVERDUE",
                "{\"invoiceId\": \"INV-" + customer + "\"}");
        assertThat(started.getStatusCode().value()).as(started.toString()).isEqualTo(202);
        String journey = JsonPath.read(started.getBody(), "$.processInstanceId");
        EngineClock.passTime(managementService, journey, Duration.ZERO);
        EngineClock.passTime(managementService, journey, Duration.ofDays(1));
        assertThat(templatesQueuedFor(customer)).contains("dunning-friendly-reminder");
        return journey;
    }

    /** Makes the table refuse the customer's rows with the message, as the system behind it would. */
    private void refuse(String trigger, String table, String operation, String customer, String message) {
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION cvm.%1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '%2$s'; END $$""".formatted(trigger, message)).update();
        jdbc.sql("CREATE TRIGGER %1$s BEFORE %2$s ON %3$s FOR EACH ROW WHEN (NEW.customer_id = '%4$s') EXECUTE FUNCTION cvm.%1$s()"
                .formatted(trigger, operation, table, customer)).update();
    }

    private boolean attemptFails(String jobId) {
        try {
            managementService.executeJob(jobId);
            return false;
        } catch (RuntimeException refused) {
            return true;
        }
    }

    private Job settleJob(String journey) {
        return managementService.createJobQuery().processInstanceId(journey).activityId("Task_SettleAccount").singleResult();
    }

    private long paymentsOf(String customer) {
        return jdbc.sql("SELECT count(*) FROM cvm.payment WHERE customer_id = ?").param(customer).query(Long.class).single();
    }

    private List<String> templatesQueuedFor(String customer) {
        return jdbc.sql("SELECT template FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id").param(customer)
                .query(String.class).list();
    }

    private String status(long messageId) {
        return jdbc.sql("SELECT status FROM cvm.outbox_message WHERE id = ?").param(messageId).query(String.class).single();
    }

    private Instant notBefore(long messageId) {
        return jdbc.sql("SELECT not_before FROM cvm.outbox_message WHERE id = ?").param(messageId)
                .query((row, n) -> row.getTimestamp(1).toInstant()).single();
    }

    private ResponseEntity<String> resend(JourneyOverRest rest, String user, long messageId) {
        return rest.as(user).post().uri("/api/outbox/dead-letters/{id}/resend", messageId).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> moment(String customer, String eventId, String type, String data) {
        return new JourneyOverRest(port).moment(eventId, customer, type, "WEB", data);
    }

    private static int status(ResponseEntity<?> answer) {
        return answer.getStatusCode().value();
    }
}
