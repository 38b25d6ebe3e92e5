package io.cvmjourneys.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRest;
import io.cvmjourneys.testsupport.LongRuns;
import io.cvmjourneys.testsupport.RestartablePostgres;
import io.cvmjourneys.testsupport.TestHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The database stopped and started again (pg_ctl on a real PostgreSQL) in the middle of a mixed load,
 * as an operator meets it: channel systems sending moments, agents asking for next best actions and
 * recording answers, agents completing retention-offer tasks. Readiness goes DOWN within 5 s and UP
 * within 5 s of recovery, liveness never does, health answers within a second, every request meets a
 * 2xx or a 503 with Retry-After and a plain message within 5 s (never a 500 or a stack trace) — a
 * moment, a sign-in, /engine-rest — and afterwards: every acknowledged moment is one journey, every
 * refused one resent with its eventId makes one journey, not two; every decision shown is the
 * decision stored, every acknowledged answer is stored; every task is completed exactly once with
 * one discount and one confirmation; no outbox row belongs to a journey that was rolled back.
 * Prints its figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test", "postgres"})
class DatabaseOutageTest {

    static final RestartablePostgres DATABASE = RestartablePostgres.started();
    static final Duration WITHIN = Duration.ofSeconds(5);
    static final Duration OUTAGE = LongRuns.scaled(Duration.ofSeconds(8));
    static final int OFFER_TASKS = LongRuns.scaled(30);
    static final int DISCOUNT = 10;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    /** One request of the load: what it was about ({@code key}), its answer, and how long the answer took. */
    record Sent(String key, String customerId, int status, long startedAt, Duration took, String retryAfter, String body) {

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        /** How long the caller waited once the database was gone: a request in flight at the stop counts from the stop. */
        Duration waitedAfter(long stoppedAt) {
            return took.minusNanos(Math.max(0, stoppedAt - startedAt));
        }

        boolean startedAfter(long instant) {
            return startedAt > instant;
        }
    }

    /** A client sending one request after another until told to stop, keeping every answer. */
    static final class Load {

        private final List<Sent> sent = new ArrayList<>();
        private final AtomicBoolean sending = new AtomicBoolean(true);
        private final Thread thread;

        Load(String name, Duration pause, IntFunction<List<Sent>> request) {
            thread = new Thread(() -> {
                for (int n = 0; sending.get(); n++) {
                    List<Sent> answers = request.apply(n);
                    synchronized (sent) {
                        sent.addAll(answers);
                    }
                    DatabaseOutageTest.pause(pause);
                }
            }, name);
        }

        Load start() {
            thread.start();
            return this;
        }

        List<Sent> stop() throws InterruptedException {
            sending.set(false);
            thread.join();
            synchronized (sent) {
                return List.copyOf(sent);
            }
        }
    }

    @Test
    void answersFollowTheDatabaseOutAndBackAndNothingAcknowledgedIsLostOrHalfWritten() throws Exception {
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        List<Task> offerTasks = retentionOfferTasks();
        Load moments = new Load("moments", Duration.ofMillis(100),
                n -> List.of(sendMoment("outage-" + n, "CUST-%06d".formatted(4000 + n)))).start();
        Load decisions = new Load("decisions", Duration.ofMillis(150),
                n -> decideAndAnswer("CUST-%06d".formatted(4500 + n % 400))).start();
        Load completions = new Load("completions", Duration.ofMillis(300),
                n -> n < offerTasks.size() ? List.of(acceptOffer(offerTasks.get(n))) : List.of()).start();
        pause(Duration.ofSeconds(1));

        long stoppedAt = System.nanoTime();
        DATABASE.stop();
        Duration readinessDown = until(() -> status("/actuator/health/readiness") == 503);
        long healthStarted = System.nanoTime();
        int health = status("/actuator/health");
        Duration healthTook = Duration.ofNanos(System.nanoTime() - healthStarted);
        int liveness = status("/actuator/health/liveness");
        Sent duringOutage = sendMoment("outage-probe", "CUST-003999");
        // a user the load did not sign in: a sign-in reused within cvm.security.sign-in-reuse needs no database
        ResponseEntity<String> signIn = signInAsABrowser("analyst");
        ResponseEntity<String> engineRest = new JourneyOverRest(port).as("manager")
                .get().uri("/engine-rest/task/count").retrieve().toEntity(String.class);
        pause(OUTAGE.minus(Duration.ofNanos(System.nanoTime() - stoppedAt)));

        DATABASE.start();
        long restartedAt = System.nanoTime();
        Duration readinessUp = until(() -> status("/actuator/health/readiness") == 200);
        pause(Duration.ofSeconds(3));
        List<Sent> sentMoments = moments.stop();
        List<Sent> sentDecisions = decisions.stop();
        List<Sent> sentCompletions = completions.stop();

        System.out.printf("Database outage of %d s: readiness DOWN after %d ms, UP %d ms after the restart; /actuator/health"
                        + " answered %d in %d ms%n", OUTAGE.toSeconds(), readinessDown.toMillis(), readinessUp.toMillis(),
                health, healthTook.toMillis());
        List<Sent> everything = new ArrayList<>();
        for (Map.Entry<String, List<Sent>> load : Map.of("moments", sentMoments, "decisions and answers", sentDecisions,
                "task completions", sentCompletions).entrySet()) {
            List<Sent> refused = load.getValue().stream().filter(answer -> !answer.acknowledged()).toList();
            System.out.printf("  %s: sent %d, acknowledged %d, refused %d (slowest answer %d ms)%n", load.getKey(),
                    load.getValue().size(), load.getValue().size() - refused.size(), refused.size(),
                    load.getValue().stream().map(Sent::took).max(Duration::compareTo).orElse(Duration.ZERO).toMillis());
            assertThat(refused).as("%s met the outage", load.getKey()).isNotEmpty();
            assertThat(load.getValue()).as("%s acknowledged after the restart", load.getKey())
                    .anyMatch(answer -> answer.acknowledged() && answer.startedAfter(restartedAt));
            everything.addAll(load.getValue());
        }

        assertThat(readinessDown).as("readiness DOWN after the database stopped").isLessThanOrEqualTo(WITHIN);
        assertThat(readinessUp).as("readiness UP after the database started").isLessThanOrEqualTo(WITHIN);
        assertThat(liveness).as("liveness does not depend on the database").isEqualTo(200);
        assertThat(health).isEqualTo(503);
        assertThat(healthTook).as("health answers at once").isLessThan(Duration.ofSeconds(1));

        assertThat(duringOutage.status()).isEqualTo(503);
        assertThat(duringOutage.took()).isLessThanOrEqualTo(WITHIN);
        assertThat(duringOutage.retryAfter()).isEqualTo("5");
        assertThat(duringOutage.body()).contains("whether this moment was recorded is unknown", "same eventId")
                .doesNotContain("JDBC", "Exception", "persistence");
        assertThat(signIn.getStatusCode().value()).as("signing in asks the database too").isEqualTo(503);
        assertThat(signIn.getBody()).contains("The service cannot reach its database just now").doesNotContain("Exception");
        assertThat(engineRest.getStatusCode().value()).isEqualTo(503);
        assertThat(engineRest.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(engineRest.getBody()).contains("may or may not have been recorded").doesNotContain("JDBC");
        assertThat(everything).as("every answer is a 2xx, or a 503 saying to retry, within 5 s").allSatisfy(answer -> {
            assertThat(answer.waitedAfter(stoppedAt)).as(answer.key()).isLessThanOrEqualTo(WITHIN);
            if (!answer.acknowledged()) {
                assertThat(answer.status()).as(answer.key() + ": " + answer.body()).isEqualTo(503);
                assertThat(answer.retryAfter()).as(answer.key()).isEqualTo("5");
                assertThat(answer.body()).as(answer.key()).doesNotContain("Exception", "JDBC", "at org.", "at io.");
            }
        });

        momentsAreJourneysOnceEach(sentMoments, duringOutage);
        decisionsShownAreDecisionsStored(sentDecisions);
        everyOfferTaskIsCompletedOnce(offerTasks, sentCompletions);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM cvm.outbox_message m
                        WHERE m.idempotency_key LIKE '%:%' AND NOT EXISTS (SELECT 1 FROM act_hi_procinst p
                            WHERE p.id_ = split_part(m.idempotency_key, ':', 1))""").query(Long.class).single())
                .as("outbox rows of journeys that were rolled back").isZero();
    }

    /** What the 503 says to do: send it again with the same eventId — safe whether or not it was recorded. */
    private void momentsAreJourneysOnceEach(List<Sent> sent, Sent duringOutage) {
        List<Sent> resent = new ArrayList<>(sent.stream().filter(answer -> !answer.acknowledged()).toList());
        resent.add(duringOutage);
        for (Sent again : resent) {
            assertThat(sendMoment(again.key(), again.customerId()).status()).as(again.key()).isIn(200, 202);
        }
        for (Sent moment : sent) {
            assertThat(journeysOf(moment.customerId())).as("journeys of %s (%s answered %d)", moment.customerId(),
                    moment.key(), moment.status()).isOne();
        }
        assertThat(journeysOf(duringOutage.customerId())).isOne();
    }

    /** The offers an agent was shown are the offers stored, in their order; an answer acknowledged is an answer kept. */
    private void decisionsShownAreDecisionsStored(List<Sent> sent) {
        for (Sent shown : sent.stream().filter(answer -> answer.acknowledged() && answer.key().startsWith("decide ")).toList()) {
            String decisionId = JsonPath.read(shown.body(), "$.decisionId");
            List<String> offered = JsonPath.read(shown.body(), "$.actions[*].actionId");
            assertThat(jdbc.sql("SELECT action_id FROM cvm.nba_offer WHERE decision_id = ? ORDER BY rank_no")
                    .param(decisionId).query(String.class).list()).as("decision %s", decisionId).isEqualTo(offered);
        }
        for (Sent answered : sent.stream().filter(answer -> answer.acknowledged() && answer.key().startsWith("answer ")).toList()) {
            String[] decisionAndAction = answered.key().substring("answer ".length()).split("/");
            assertThat(jdbc.sql("SELECT outcome FROM cvm.nba_offer WHERE decision_id = ? AND action_id = ?")
                    .params(decisionAndAction[0], decisionAndAction[1]).query(String.class).optional())
                    .as(answered.key()).contains("ACCEPTED");
        }
    }

    /**
     * A refused completion is sent again, as the agent would click again: a task the first try completed
     * after all answers 404, one still open is completed now; the agents then carry on with the calls
     * the load did not reach. Either way once: one discount, one confirmation.
     */
    private void everyOfferTaskIsCompletedOnce(List<Task> tasks, List<Sent> sent) {
        for (Sent refused : sent.stream().filter(answer -> !answer.acknowledged()).toList()) {
            Task task = tasks.stream().filter(candidate -> candidate.getId().equals(refused.key())).findFirst().orElseThrow();
            assertThat(acceptOffer(task).status()).as("%s sent again", task.getId()).isIn(204, 404);
        }
        for (Task untried : tasks.subList(sent.size(), tasks.size())) {
            assertThat(acceptOffer(untried).status()).as(untried.getId()).isEqualTo(204);
        }
        for (Task task : tasks) {
            String customer = historyService.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count())
                    .as("%s completed", task.getId()).isOne();
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .activityId("Task_ApplyRetentionOffer").finished().count()).as("offer applied for %s", customer).isOne();
            assertThat(jdbc.sql("SELECT percent_off FROM cvm.account_change WHERE customer_id = ? AND kind = 'DISCOUNT'")
                    .param(customer).query(Integer.class).list()).as("discounts of %s", customer).containsExactly(DISCOUNT);
            assertThat(jdbc.sql("SELECT count(*) FROM cvm.outbox_message WHERE customer_id = ? AND template = ?")
                    .params(customer, "retention-offer-accepted").query(Long.class).single())
                    .as("confirmations queued for %s", customer).isOne();
        }
    }

    /**
     * Open retention-offer calls claimed by the agent: cancellation requests by phone from customers
     * without any discount yet, each walked to its first human step.
     */
    private List<Task> retentionOfferTasks() {
        JourneyOverRest channel = new JourneyOverRest(port);
        List<Task> tasks = new ArrayList<>();
        for (int n = 0; tasks.size() < OFFER_TASKS; n++) {
            String customer = "CUST-%06d".formatted(4400 + n);
            assertThat(n).as("customers tried for %d retention calls", OFFER_TASKS).isLessThan(3 * OFFER_TASKS);
            if (jdbc.sql("SELECT count(*) FROM cvm.account_change WHERE customer_id = ?").param(customer)
                    .query(Long.class).single() > 0) {
                continue;
            }
            ResponseEntity<String> started = channel.moment("outage-call-" + customer, customer, "CANCELLATION_REQUEST",
                    "CALL_CENTER", "{\"reason\": \"PRICE\"}");
            assertThat(started.getStatusCode().value()).as(started.toString()).isEqualTo(202);
            String journey = JsonPath.read(started.getBody(), "$.processInstanceId");
            EngineClock.runDueJobs(managementService, journey);
            Task offer = taskService.createTaskQuery().processInstanceId(journey).taskDefinitionKey("Task_PresentRetentionOffer")
                    .singleResult();
            if (offer != null) {
                taskService.claim(offer.getId(), "agent");
                tasks.add(offer);
            }
        }
        return tasks;
    }

    private Sent acceptOffer(Task task) {
        long started = System.nanoTime();
        ResponseEntity<String> answer = new JourneyOverRest(port).complete("agent", task.getId(), """
                {"offerResponse": {"value": "ACCEPTED"}, "discountPercent": {"value": %d, "type": "Long"}}"""
                .formatted(DISCOUNT));
        return sent(task.getId(), null, answer, started);
    }

    /** An agent asks what to offer a caller and records that the caller took the first offer (a notice has no answer). */
    private List<Sent> decideAndAnswer(String customerId) {
        RestClient agent = new JourneyOverRest(port).as("agent");
        long started = System.nanoTime();
        Sent decided = sent("decide " + customerId, customerId, agent.get()
                .uri("/api/customers/{id}/next-best-actions?moment=CALL_CENTER_CONTACT&channel=CALL_CENTER", customerId)
                .retrieve().toEntity(String.class), started);
        List<String> answerable = decided.acknowledged()
                ? JsonPath.read(decided.body(), "$.actions[?(@.kind != 'MANDATORY')].actionId") : List.of();
        if (answerable.isEmpty()) {
            return List.of(decided);
        }
        String decisionId = JsonPath.read(decided.body(), "$.decisionId");
        String actionId = answerable.get(0);
        started = System.nanoTime();
        return List.of(decided, sent("answer " + decisionId + "/" + actionId, customerId, agent.post()
                .uri("/api/decisions/{id}/outcome", decisionId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"actionId\": \"%s\", \"outcome\": \"ACCEPTED\"}".formatted(actionId))
                .retrieve().toEntity(String.class), started));
    }

    private Sent sendMoment(String eventId, String customerId) {
        long started = System.nanoTime();
        return sent(eventId, customerId, new JourneyOverRest(port).moment(eventId, customerId, "CANCELLATION_REQUEST", "WEB",
                "{\"reason\": \"PRICE\"}"), started);
    }

    private static Sent sent(String key, String customerId, ResponseEntity<String> answer, long startedNanos) {
        return new Sent(key, customerId, answer.getStatusCode().value(), startedNanos,
                Duration.ofNanos(System.nanoTime() - startedNanos), answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
                answer.getBody());
    }

    /** The login form posted as a browser posts it: asking for a page. */
    private ResponseEntity<String> signInAsABrowser(String user) {
        RestClient browser = TestHttp.browser(port);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", "demo");
        form.add("_csrf", TestHttp.csrfToken(browser, "/login"));
        return browser.post().uri("/login").accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().toEntity(String.class);
    }

    private long journeysOf(String customerId) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("cancellation-winback")
                .processInstanceBusinessKey(customerId).count();
    }

    private int status(String path) {
        RestClient client = TestHttp.client(port);
        return client.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
    }

    /** How long until the condition holds, polled every 100 ms; fails after 20 s. */
    private static Duration until(BooleanSupplier condition) {
        long started = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited").isLessThan(Duration.ofSeconds(20));
            pause(Duration.ofMillis(100));
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static void pause(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
