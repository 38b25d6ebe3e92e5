package io.cvmjourneys.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.JourneyOverRest;
import io.cvmjourneys.testsupport.LongRuns;
import io.cvmjourneys.testsupport.PostgresTestDatabase;
import io.cvmjourneys.testsupport.TestClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many callers doing the same thing at the same moment, on a real PostgreSQL: one of them does it,
 * the others are told plainly what happened (or, when more wait for the database than its pool
 * serves in time, to try again), and what the customer would notice happens once.
 * Prints what the callers were answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test", "postgres"})
class ConcurrentCallsOnPostgresTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Test
    void aHundredAgentsCompletingOneTaskCompleteItOnceAndTheOthersAreToldItIsDone() throws Exception {
        JourneyOverRest rest = new JourneyOverRest(port);
        String journey = JsonPath.read(rest.moment("evt-race-task", "CUST-004301", "CANCELLATION_REQUEST", "CALL_CENTER",
                "{\"reason\": \"PRICE\"}").getBody(), "$.processInstanceId");
        String offer = rest.tasks(journey, "agent", "Task_PresentRetentionOffer").get(0);

        int agents = LongRuns.scaled(100);
        List<ResponseEntity<String>> answers = atOnce(agents, () -> rest.complete("agent", offer, """
                {"offerResponse": {"value": "ACCEPTED"}, "discountPercent": {"value": 10, "type": "Long"},
                 "agentNote": {"value": "Stays for ten percent off"}}"""));

        Map<Integer, Long> statuses = statuses(answers);
        System.out.printf("%d completions of one task at once: answered %s; refusals say %s%n", agents, statuses,
                answers.stream().filter(answer -> answer.getStatusCode().is4xxClientError())
                        .map(answer -> JsonPath.<String>read(answer.getBody(), "$.message")).distinct().toList());
        assertThat(statuses.get(204)).as("completions that went through").isEqualTo(1);
        // told the task is gone (404) or was changed at the same moment (409), never refused as if not
        // theirs; on a busy machine some wait longer for a connection than the pool allows and are
        // told to try again (503 with Retry-After), which then answers 404
        assertThat(statuses.keySet()).as("answers other than these: %s", answers.stream()
                .filter(answer -> !List.of(204, 404, 409, 503).contains(answer.getStatusCode().value())).toList())
                .isSubsetOf(204, 404, 409, 503);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode().value() != 204).allSatisfy(refused -> {
            assertThat(refused.getBody()).doesNotContain("Exception", "org.camunda", "java.");
            if (refused.getStatusCode().value() == 503) {
                assertThat(refused.getHeaders().getFirst("Retry-After")).isNotNull();
            }
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ? AND TASK_DEF_KEY_ ="
                + " 'Task_PresentRetentionOffer'").param(journey).query(Long.class).single()).as("offer tasks").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.account_change WHERE customer_id = 'CUST-004301' AND kind = 'DISCOUNT'")
                .query(Long.class).single()).as("discounts applied").isEqualTo(1);
    }

    @Test
    void fiftyCopiesOfOneMomentStartOneJourneyAndAllGetTheSameAnswer() throws Exception {
        JourneyOverRest rest = new JourneyOverRest(port);

        int copies = LongRuns.scaled(50);
        List<ResponseEntity<String>> answers = atOnce(copies, () -> rest.moment("evt-race-copies", "CUST-004302",
                "CANCELLATION_REQUEST", "WEB", "{\"reason\": \"PRICE\"}"));

        System.out.printf("%d copies of one moment at once: answered %s%n", copies, statuses(answers));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.toString())
                .isTrue());
        assertThat(answers.stream().map(ResponseEntity::getBody).distinct()).as("distinct answers").hasSize(1);
        assertThat(journeysOf("CUST-004302")).isEqualTo(1);
    }

    @Test
    void twoDifferentMomentsForOneCustomerAtOnceAreBothHandled() throws Exception {
        JourneyOverRest rest = new JourneyOverRest(port);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<ResponseEntity<String>> leaving = callers.submit(() -> {
                start.await();
                return rest.moment("evt-both-1", "CUST-004303", "CANCELLATION_REQUEST", "WEB", "{\"reason\": \"PRICE\"}");
            });
            Future<ResponseEntity<String>> moving = callers.submit(() -> {
                start.await();
                return rest.moment("evt-both-2", "CUST-004303", "MOVE_REQUESTED", "WEB", """
                        {"newAddress": {"street": "Harbour Road", "houseNumber": "1", "postcode": "BS1 4RN", "city": "Bristol"},
                         "moveDate": "%s"}""".formatted(TestClock.today().plusDays(10)));
            });
            start.countDown();
            assertThat(leaving.get().getStatusCode()).as(leaving.get().toString()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(moving.get().getStatusCode()).as(moving.get().toString()).isEqualTo(HttpStatus.ACCEPTED);
        } finally {
            callers.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT PROC_DEF_KEY_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = 'CUST-004303' ORDER BY PROC_DEF_KEY_")
                .query(String.class).list()).containsExactly("cancellation-winback", "moving-house");
        assertThat(jdbc.sql("SELECT event_id FROM cvm.moment_event WHERE customer_id = 'CUST-004303' ORDER BY event_id")
                .query(String.class).list()).containsExactly("evt-both-1", "evt-both-2");
    }

    /** The same call by {@code callers} threads released together, the way a double-click storm or a retrying gateway sends it. */
    private static List<ResponseEntity<String>> atOnce(int callers, Supplier<ResponseEntity<String>> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<ResponseEntity<String>>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<ResponseEntity<String>> released = () -> {
                    start.await();
                    return call.get();
                };
                calls.add(pool.submit(released));
            }
            start.countDown();
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : calls) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> statuses(List<ResponseEntity<String>> answers) {
        Map<Integer, Long> statuses = new TreeMap<>();
        answers.forEach(answer -> statuses.merge(answer.getStatusCode().value(), 1L, Long::sum));
        return statuses;
    }

    private long journeysOf(String customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?").param(customerId).query(Long.class)
                .single();
    }
}
