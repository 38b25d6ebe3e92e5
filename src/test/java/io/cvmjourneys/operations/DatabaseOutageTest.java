package io.cvmjourneys.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.RestartablePostgres;
import io.cvmjourneys.testsupport.TestHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The database stopped and started again (pg_ctl on a real PostgreSQL) under a steady trickle of
 * moments, as an operator meets it: readiness goes DOWN within 5 s and UP within 5 s of recovery,
 * liveness never does, health answers within a second, a request meets a 503 within 5 s (never a
 * 500) — a moment, a sign-in, /engine-rest — and no acknowledged moment is lost, while a refused
 * one, resent with its eventId, makes one journey, not two. Prints its figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test", "postgres"})
class DatabaseOutageTest {

    static final RestartablePostgres DATABASE = RestartablePostgres.started();
    static final Duration WITHIN = Duration.ofSeconds(5);
    static final Duration OUTAGE = Duration.ofSeconds(8);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;

    record Sent(String eventId, String customerId, int status, Duration took, String retryAfter, String body) {
    }

    @Test
    void readinessAndAnswersFollowTheDatabaseOutAndBackAndNoAcknowledgedMomentIsLost() throws Exception {
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        List<Sent> sent = new ArrayList<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread trickle = new Thread(() -> {
            for (int n = 0; sending.get(); n++) {
                Sent answer = sendMoment("outage-" + n, "CUST-%06d".formatted(4000 + n));
                synchronized (sent) {
                    sent.add(answer);
                }
                pause(Duration.ofMillis(100));
            }
        }, "moment-trickle");
        trickle.start();
        pause(Duration.ofSeconds(1));

        long stoppedAt = System.nanoTime();
        DATABASE.stop();
        Duration readinessDown = until(() -> status("/actuator/health/readiness") == 503);
        long healthStarted = System.nanoTime();
        int health = status("/actuator/health");
        Duration healthTook = Duration.ofNanos(System.nanoTime() - healthStarted);
        int liveness = status("/actuator/health/liveness");
        Sent duringOutage = sendMoment("outage-probe", "CUST-003999");
        ResponseEntity<String> signIn = signInAsABrowser("agent");
        ResponseEntity<String> engineRest = TestHttp.client(port).mutate()
                .defaultHeaders(headers -> headers.setBasicAuth("manager", "demo")).build()
                .get().uri("/engine-rest/task/count").retrieve().toEntity(String.class);
        pause(OUTAGE.minus(Duration.ofNanos(System.nanoTime() - stoppedAt)));

        DATABASE.start();
        Duration readinessUp = until(() -> status("/actuator/health/readiness") == 200);
        pause(Duration.ofSeconds(1));
        sending.set(false);
        trickle.join();

        List<Sent> refused = sent.stream().filter(answer -> answer.status() != 200 && answer.status() != 202).toList();
        Duration slowestRefusal = refused.stream().map(Sent::took).max(Duration::compareTo).orElse(Duration.ZERO);
        System.out.printf("Database outage of %d s: readiness DOWN after %d ms, UP %d ms after the restart; /actuator/health"
                        + " answered %d in %d ms; moments sent %d, acknowledged %d, refused %d (slowest refusal %d ms)%n",
                OUTAGE.toSeconds(), readinessDown.toMillis(), readinessUp.toMillis(), health, healthTook.toMillis(),
                sent.size(), sent.size() - refused.size(), refused.size(), slowestRefusal.toMillis());

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
        assertThat(refused).as("refusals are 503s, answered within 5 s").allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.took()).isLessThanOrEqualTo(WITHIN);
        });
        assertThat(refused).as("the trickle met the outage").isNotEmpty();

        // what the 503 says to do: send it again with the same eventId — safe whether or not it was recorded
        List<Sent> resent = new ArrayList<>(refused);
        resent.add(duringOutage);
        for (Sent again : resent) {
            assertThat(sendMoment(again.eventId(), again.customerId()).status()).as(again.eventId()).isIn(200, 202);
        }
        for (Sent moment : sent) {
            assertThat(journeysOf(moment.customerId())).as("journeys of %s (%s answered %d)", moment.customerId(),
                    moment.eventId(), moment.status()).isOne();
        }
        assertThat(journeysOf(duringOutage.customerId())).isOne();
    }

    private Sent sendMoment(String eventId, String customerId) {
        long started = System.nanoTime();
        ResponseEntity<String> answer = TestHttp.client(port).mutate()
                .defaultHeaders(headers -> headers.setBasicAuth("channel", "demo")).build()
                .post().uri("/api/moments").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"eventId": "%s", "customerId": "%s", "type": "CANCELLATION_REQUEST", "channel": "WEB",
                         "data": {"reason": "PRICE"}}""".formatted(eventId, customerId))
                .retrieve().toEntity(String.class);
        return new Sent(eventId, customerId, answer.getStatusCode().value(), Duration.ofNanos(System.nanoTime() - started),
                answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), answer.getBody());
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
