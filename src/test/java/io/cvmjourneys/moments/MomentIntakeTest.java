package io.cvmjourneys.moments;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * The moments-of-truth intake as a channel system meets it over HTTP, on the demo customer base: a cancellation request starts
 * one journey, whatever is sent twice or at once; bad input gets a 4xx and leaves nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // fewer connections than concurrent senders: an intake call must never need two at once
        "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.connection-timeout=5000"})
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class MomentIntakeTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void cancellationRequestStartsTheJourneyForTheCustomer() {
        ResponseEntity<String> answer = send("evt-start-1", "CUST-004001", "CANCELLATION_REQUEST", "STORE", "{\"reason\":\"PRICE\"}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(JsonPath.<String>read(answer.getBody(), "$.status")).isEqualTo("STARTED");
        assertThat(JsonPath.<String>read(answer.getBody(), "$.journey")).isEqualTo("cancellation-winback");
        String journey = JsonPath.read(answer.getBody(), "$.processInstanceId");
        Task task = taskService.createTaskQuery().processInstanceId(journey).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_PresentRetentionOffer");
        assertThat(runtimeService.getVariables(journey)).containsEntry("customerId", "CUST-004001")
                .containsEntry("channel", "STORE").containsEntry("reason", "PRICE")
                .containsEntry("momentType", "CANCELLATION_REQUEST").containsEntry("eventId", "evt-start-1");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(journey).singleResult().getBusinessKey())
                .isEqualTo("CUST-004001");
    }

    @Test
    void theSameEventTwiceIsAnsweredTheSameAndStartsNothingMore() {
        ResponseEntity<String> first = send("evt-twice", "CUST-004002", "PORT_OUT_REQUEST", "CALL_CENTER", null);
        ResponseEntity<String> second = send("evt-twice", "CUST-004002", "PORT_OUT_REQUEST", "CALL_CENTER", null);

        assertThat(second.getStatusCode()).isEqualTo(first.getStatusCode());
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(journeysOf("CUST-004002")).isEqualTo(1);
        assertThat(runtimeService.getVariable(JsonPath.read(first.getBody(), "$.processInstanceId"), "reason"))
                .isEqualTo("NOT_STATED");
    }

    @Test
    void aSecondRequestWhileTheJourneyRunsNamesTheRunningOne() {
        String running = JsonPath.read(send("evt-a", "CUST-004003", "CANCELLATION_REQUEST", "WEB", null).getBody(),
                "$.processInstanceId");

        ResponseEntity<String> again = send("evt-b", "CUST-004003", "PORT_OUT_REQUEST", "APP", null);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(again.getBody(), "$.status")).isEqualTo("ALREADY_ACTIVE");
        assertThat(JsonPath.<String>read(again.getBody(), "$.processInstanceId")).isEqualTo(running);
        assertThat(journeysOf("CUST-004003")).isEqualTo(1);
    }

    @Test
    void anEventIdReusedForAnotherCustomerIsAConflict() {
        send("evt-reused", "CUST-004004", "CANCELLATION_REQUEST", "WEB", null);

        ResponseEntity<String> reused = send("evt-reused", "CUST-004005", "CANCELLATION_REQUEST", "WEB", null);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(JsonPath.<String>read(reused.getBody(), "$.field")).isEqualTo("eventId");
        assertThat(journeysOf("CUST-004005")).isZero();
    }

    @Test
    void badInputGetsA4xxThatSaysWhatToFixAndWritesNothing() {
        assertRefused(send("evt-bad-1", "CUST-004006", "CANCEL_PLEASE", "WEB", null), HttpStatus.BAD_REQUEST, "type",
                "is not one of");
        assertRefused(send("evt-bad-2", "", "CANCELLATION_REQUEST", "WEB", null), HttpStatus.BAD_REQUEST, "customerId",
                "must not be blank");
        assertRefused(send("evt-bad-3", "CUST-004006", "CANCELLATION_REQUEST", "FAX", null), HttpStatus.BAD_REQUEST,
                "channel", "CALL_CENTER");
        assertRefused(send("evt-bad-4", "CUST-004006", "CANCELLATION_REQUEST", "WEB", "{\"reason\":\"BORED\"}"),
                HttpStatus.BAD_REQUEST, "data.reason", "PRICE");
        assertRefused(send("evt bad 5", "CUST-004006", "CANCELLATION_REQUEST", "WEB", null), HttpStatus.BAD_REQUEST,
                "eventId", "letters, digits");
        // a moment type no journey handles (PAYMENT_RECEIVED was one until the delinquency journey came)
        assertRefused(send("evt-bad-6", "CUST-004006", "DIGITAL_VISIT", "WEB", null), HttpStatus.UNPROCESSABLE_ENTITY,
                "type", "No journey starts on or waits for DIGITAL_VISIT");
        assertRefused(send("evt-bad-7", "CUST-999999", "CANCELLATION_REQUEST", "WEB", null), HttpStatus.NOT_FOUND,
                "customerId", "No customer CUST-999999");
        ResponseEntity<String> notJson = as("channel").post().uri("/api/moments").contentType(MediaType.APPLICATION_JSON)
                .body("{\"eventId\": ").retrieve().toEntity(String.class);
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(notJson.getBody(), "$.message")).contains("not valid JSON");

        assertThat(journeysOf("CUST-004006")).isZero();
        assertThat(journeysOf("CUST-999999")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE customer_id IN ('CUST-004006', 'CUST-999999')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void momentsArrivingTogetherForOneCustomerStartOneJourney() throws Exception {
        int senders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Callable<ResponseEntity<String>>> requests = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                String eventId = "evt-race-" + (i % 2 == 0 ? "same" : String.valueOf(i));
                requests.add(() -> send(eventId, "CUST-004007", "CANCELLATION_REQUEST", "CALL_CENTER", null));
            }
            List<String> journeys = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : pool.invokeAll(requests)) {
                assertThat(answer.get().getStatusCode().is2xxSuccessful()).as(answer.get().toString()).isTrue();
                journeys.add(JsonPath.read(answer.get().getBody(), "$.processInstanceId"));
            }
            assertThat(journeys).hasSize(senders).containsOnly(journeys.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(journeysOf("CUST-004007")).isEqualTo(1);
    }

    /** A billing run or a campaign sends many moments at once: each waits for a connection, none needs two. */
    @Test
    void aBurstOfMomentsForManyCustomersStartsEveryJourneyOnAFewConnections() throws Exception {
        int senders = 16;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Callable<ResponseEntity<String>>> requests = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                String customer = "CUST-0041%02d".formatted(i);
                requests.add(() -> send("evt-burst-" + customer, customer, "CANCELLATION_REQUEST", "WEB", null));
            }
            for (Future<ResponseEntity<String>> answer : pool.invokeAll(requests)) {
                assertThat(answer.get().getStatusCode()).as(answer.get().toString()).isEqualTo(HttpStatus.ACCEPTED);
                assertThat(JsonPath.<String>read(answer.get().getBody(), "$.status")).isEqualTo("STARTED");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAnswerNobodyWaitsForIsAConflictNotASilentDrop() {
        ResponseEntity<String> answer = send("evt-orphan", "CUST-004008", "OFFER_ANSWERED", "WEB", "{\"answer\":\"ACCEPTED\"}");

        assertRefused(answer, HttpStatus.CONFLICT, "type", "No journey of customer CUST-004008 waits for a OFFER_ANSWERED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE event_id = 'evt-orphan'").query(Long.class).single())
                .isZero();
    }

    @Test
    void theCustomersAnswerReachesTheJourneyWaitingForIt() {
        String journey = JsonPath.read(send("evt-leave", "CUST-004009", "CANCELLATION_REQUEST", "WEB", null).getBody(),
                "$.processInstanceId");
        Task offer = taskService.createTaskQuery().processInstanceId(journey).singleResult();
        taskService.complete(offer.getId(), java.util.Map.of("offerResponse", "THINKING", "discountPercent", 0L));

        assertRefused(send("evt-answer-bad", "CUST-004009", "OFFER_ANSWERED", "WEB", "{\"answer\":\"MAYBE\"}"),
                HttpStatus.BAD_REQUEST, "data.answer", "ACCEPTED or DECLINED");
        ResponseEntity<String> answered = send("evt-answer", "CUST-004009", "OFFER_ANSWERED", "WEB", "{\"answer\":\"DECLINED\"}");
        ResponseEntity<String> again = send("evt-answer", "CUST-004009", "OFFER_ANSWERED", "WEB", "{\"answer\":\"DECLINED\"}");

        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(JsonPath.<String>read(answered.getBody(), "$.status")).isEqualTo("CORRELATED");
        assertThat(JsonPath.<String>read(answered.getBody(), "$.processInstanceId")).isEqualTo(journey);
        assertThat(again.getBody()).isEqualTo(answered.getBody());
        assertThat(runtimeService.getVariable(journey, "offerResponse")).isEqualTo("DECLINED");
        // the customer who left is asked the next day how it went, beside the winback window
        assertThat(runtimeService.getActiveActivityIds(journey)).containsExactlyInAnyOrder("Event_WinbackWindowPassed",
                "Event_ADayAfterLeaving");
    }

    private void assertRefused(ResponseEntity<String> answer, HttpStatus status, String field, String message) {
        assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(status);
        assertThat(JsonPath.<String>read(answer.getBody(), "$.field")).isEqualTo(field);
        assertThat(JsonPath.<String>read(answer.getBody(), "$.message")).contains(message);
    }

    private long journeysOf(String customerId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(customerId).count();
    }

    private ResponseEntity<String> send(String eventId, String customerId, String type, String channel, String data) {
        String body = """
                {"eventId": "%s", "customerId": "%s", "type": "%s", "channel": "%s", "occurredAt": "2026-11-23T09:00:00Z"%s}"""
                .formatted(eventId, customerId, type, channel, data == null ? "" : ", \"data\": " + data);
        return as("channel").post().uri("/api/moments").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class);
    }

    private RestClient as(String user) {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }
}
