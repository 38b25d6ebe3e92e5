package io.cvmjourneys.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.CvmJourneysApplication;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.PostgresTestDatabase;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Input no one wrote down. Moment payloads: random JSON shapes, strings, numbers and nestings where the
 * fields of {@code POST /api/moments} belong, some whole, some broken off. Form submissions: the
 * retention-offer form's fields, each right, wrong in value or type, or missing, submitted to a real
 * open task over /engine-rest. Whatever arrives, the answer is never a 5xx and shows nothing of the
 * code's inside, and a refusal leaves no row behind; a form accepted holds to the form's rules. jqwik
 * runs on its own JUnit Platform engine, so the application is started here (on a real PostgreSQL)
 * rather than by Spring's test support; the clock stands at the tests' Monday morning as for every
 * Spring test.
 */
class BadInputPropertiesTest {

    private static final List<String> TYPES = List.of("CANCELLATION_REQUEST", "COMPLAINT_SUBMITTED", "MOVE_REQUESTED",
            "OFFER_ANSWERED", "SURVEY_ANSWERED", "INVOICE_OVERDUE", "DIGITAL_VISIT", "UPGRADE_REQUESTED");
    /** The entries of data that the journeys read: each moment type's data, see the README's journeys. */
    private static final List<String> DATA_FIELDS = List.of("reason", "text", "category", "answer", "score", "journey",
            "processInstanceId", "invoiceId", "promisedDate", "moveDate", "newAddress", "subscriptionId", "fault", "amount");
    private static final List<String> CHANNELS = List.of("WEB", "CALL_CENTER", "STORE", "APP", "EMAIL");
    /** Non-ASCII as \\u escapes, so a lone surrogate reaches the application as generated. */
    private static final ObjectWriter JSON = new ObjectMapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    /** A field left out of the moment. */
    private static final Object MISSING = new Object();

    /** The retention-offer form's editable fields and their rules (forms/cancellation-winback/present-retention-offer.form). */
    private static final List<String> OFFER_RESPONSES = List.of("ACCEPTED", "DECLINED", "THINKING");
    private static final int MAX_DISCOUNT = 50;
    private static final int MAX_NOTE = 500;
    /** Variables the journey keeps beside the form's: a submission must not be able to change them. */
    private static final List<String> JOURNEY_VARIABLES = List.of("customerId", "channel", "momentType", "customerName",
            "nextBestActionName", "outcome");
    private static final List<String> TYPES_OF_VALUES = List.of("String", "Long", "Integer", "Double", "Boolean", "Null",
            "Date", "Json", "Object");

    private static ConfigurableApplicationContext application;
    private static CaseSender sender;
    private static JdbcClient jdbc;
    private static TaskService tasks;
    private static HistoryService history;
    private static ManagementService jobs;
    /** The open retention-offer task the next submission goes to, and the customers tried for one so far. */
    private static String openTask;
    private static int customersTried;

    @BeforeContainer
    static void startTheApplication() {
        TestClock.pin(TestClock.DEFAULT);
        application = new SpringApplicationBuilder(CvmJourneysApplication.class)
                .profiles("demo", "test", "postgres")
                .initializers(new PostgresTestDatabase.Initializer())
                .properties("server.port=0")
                .run();
        sender = new CaseSender(((ServletWebServerApplicationContext) application).getWebServer().getPort());
        jdbc = application.getBean(JdbcClient.class);
        tasks = application.getBean(TaskService.class);
        history = application.getBean(HistoryService.class);
        jobs = application.getBean(ManagementService.class);
    }

    @AfterContainer
    static void stopTheApplication() {
        if (application != null) {
            application.close();
        }
        ClockUtil.reset();
    }

    @Property(tries = 200)
    void noMomentPayloadGetsAServerErrorOrLeavesARowWhenRefused(@ForAll("payloads") String payload) {
        Map<String, String> before = PersistedRows.snapshot(jdbc);

        CaseSender.Answer answer = sender.send("channel", false, "POST", "/api/moments", "application/json",
                new BadInputCase.Body(BadInputCase.Kind.RAW, payload, null, null));

        Statistics.collect(answer.status() >= 400 ? "refused" : "accepted");
        assertThat(answer.status()).as("%s answered %s", payload, answer.body()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(RefusalRules.problems(answer.status(), answer.body(), "/api/moments")).as(payload).isEmpty();
            assertThat(RefusalRules.changes(before, PersistedRows.snapshot(jdbc))).as("rows left by " + payload).isEmpty();
        }
    }

    @Property(tries = 200)
    void aFormSubmissionIsRefusedInWordsLeavingTheTaskOpenOrAcceptedOnlyWithinTheFormsRules(
            @ForAll("offerForms") Map<String, Object> variables) {
        String task = openOfferTask();
        Map<String, String> before = PersistedRows.snapshot(jdbc);
        String payload = json(Map.of("variables", variables));

        CaseSender.Answer answer = sender.send("agent", false, "POST", "/engine-rest/task/" + task + "/submit-form",
                "application/json", new BadInputCase.Body(BadInputCase.Kind.RAW, payload, null, null));

        Statistics.collect(answer.status() >= 400 ? "refused" : "accepted");
        assertThat(answer.status()).as("%s answered %s", payload, answer.body()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(RefusalRules.problems(answer.status(), answer.body(), "/engine-rest/task")).as(payload).isEmpty();
            assertThat(RefusalRules.changes(before, PersistedRows.snapshot(jdbc))).as("rows left by " + payload).isEmpty();
            assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open after " + payload).isOne();
            return;
        }
        assertThat(answer.status()).isEqualTo(204);
        openTask = null;
        String journey = history.createHistoricTaskInstanceQuery().taskId(task).singleResult().getProcessInstanceId();
        Map<String, Object> stored = new HashMap<>();
        history.createHistoricVariableInstanceQuery().taskIdIn(task).list()
                .forEach(variable -> stored.put(variable.getName(), variable.getValue()));
        history.createHistoricVariableInstanceQuery().processInstanceId(journey).list()
                .forEach(variable -> stored.putIfAbsent(variable.getName(), variable.getValue()));
        assertThat(stored).as("the journey's own variables after " + payload)
                .containsEntry("customerId", history.createHistoricProcessInstanceQuery().processInstanceId(journey)
                        .singleResult().getBusinessKey())
                .containsEntry("channel", "CALL_CENTER").containsEntry("momentType", "CANCELLATION_REQUEST");
        assertThat(stored.get("offerResponse")).as("accepted " + payload).isIn(OFFER_RESPONSES.toArray());
        assertThat(stored.get("discountPercent")).as("accepted " + payload).isInstanceOf(Number.class);
        assertThat(((Number) stored.get("discountPercent")).doubleValue()).as("accepted " + payload).isBetween(0.0, (double) MAX_DISCOUNT);
        assertThat(stored.get("agentNote") == null || stored.get("agentNote").toString().length() <= MAX_NOTE)
                .as("accepted " + payload).isTrue();
    }

    /** The task the submissions go to: the one still open, or a new customer's cancellation call when it was completed. */
    private static String openOfferTask() {
        while (openTask == null) {
            String customer = "CUST-%06d".formatted(1000 + customersTried++);
            assertThat(customersTried).as("customers tried for a retention call").isLessThan(2000);
            CaseSender.Answer started = sender.send("channel", false, "POST", "/api/moments", "application/json",
                    new BadInputCase.Body(BadInputCase.Kind.RAW, json(Map.of("eventId", "prop-call-" + customer,
                            "customerId", customer, "type", "CANCELLATION_REQUEST", "channel", "CALL_CENTER",
                            "data", Map.of("reason", "PRICE"))), null, null));
            if (started.status() != 202) {
                continue;
            }
            String journey = JsonPath.read(started.body(), "$.processInstanceId");
            EngineClock.runDueJobs(jobs, journey);
            openTask = tasks.createTaskQuery().processInstanceId(journey).taskDefinitionKey("Task_PresentRetentionOffer")
                    .list().stream().map(Task::getId).findFirst().orElse(null);
        }
        return openTask;
    }

    /** The form's variables as Camunda's REST takes them: each right, wrong in value, of any type, or missing; and extra ones. */
    @Provide
    Arbitrary<Map<String, Object>> offerForms() {
        return Combinators.combine(
                        typedField(Arbitraries.of(OFFER_RESPONSES).map(Object.class::cast), "String"),
                        typedField(Arbitraries.integers().between(-10, MAX_DISCOUNT + 10).map(Object.class::cast), "Long"),
                        typedField(Arbitraries.oneOf(Arbitraries.strings().alpha().withChars(" .,'").ofMaxLength(MAX_NOTE + 20),
                                Arbitraries.strings().all().ofMaxLength(40)).map(Object.class::cast), "String"),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Map.<String, Object>of())),
                                Tuple.of(1, Arbitraries.maps(Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1)
                                        .ofMaxLength(8), Arbitraries.of(JOURNEY_VARIABLES)), typedField(anyJson(1), "String"))
                                        .ofMinSize(1).ofMaxSize(2))))
                .as((response, discount, note, extra) -> {
                    Map<String, Object> variables = new LinkedHashMap<>();
                    extra.forEach((name, value) -> {
                        if (value != MISSING) {
                            variables.put(name, value);
                        }
                    });
                    put(variables, "offerResponse", response);
                    put(variables, "discountPercent", discount);
                    put(variables, "agentNote", note);
                    return variables;
                });
    }

    /**
     * A typed value {@code {"value": …, "type": …}}: mostly a value the field may hold with its type, so that
     * some submissions go through; else any value, type or shape, or none.
     */
    private static Arbitrary<Object> typedField(Arbitrary<Object> right, String rightType) {
        Arbitrary<Object> wellFormed = right.map(value -> {
            Map<String, Object> variable = new LinkedHashMap<>();
            variable.put("value", value); // may be null: any JSON at all for an extra variable
            variable.put("type", rightType);
            return (Object) variable;
        });
        return Arbitraries.frequencyOf(Tuple.of(3, wellFormed), Tuple.of(1, anyTypedField(right, rightType)));
    }

    private static Arbitrary<Object> anyTypedField(Arbitrary<Object> right, String rightType) {
        Arbitrary<Object> typed = Combinators.combine(field(right), Arbitraries.frequencyOf(
                        Tuple.of(5, Arbitraries.just(rightType)), Tuple.of(2, Arbitraries.of(TYPES_OF_VALUES)),
                        Tuple.of(1, Arbitraries.just((String) null))))
                .as((value, type) -> {
                    Map<String, Object> variable = new LinkedHashMap<>();
                    put(variable, "value", value);
                    if (type != null) {
                        variable.put("type", type);
                    }
                    return (Object) variable;
                });
        return Arbitraries.frequencyOf(Tuple.of(8, typed), Tuple.of(1, anyJson(1)), Tuple.of(1, Arbitraries.just(MISSING)));
    }

    @Provide
    Arbitrary<String> payloads() {
        return Arbitraries.oneOf(moments().map(BadInputPropertiesTest::json), brokenOff(), anyJson(3).map(BadInputPropertiesTest::json));
    }

    /** An object with the moment's fields, each one missing, right, or any JSON at all; plus fields nobody asked for. */
    private Arbitrary<Map<String, Object>> moments() {
        return Combinators.combine(field(Arbitraries.strings().alpha().numeric().withChars("-._:").ofMinLength(1).ofMaxLength(20).map(id -> "prop-" + id)),
                        field(Arbitraries.integers().between(100, 4000).map(n -> "CUST-%06d".formatted(n))),
                        field(Arbitraries.of(TYPES)), field(Arbitraries.of(CHANNELS)),
                        field(Arbitraries.of("2026-11-23T09:00:00Z", "2026-11-23", "yesterday")),
                        field(data()), anyJson(1))
                .as((eventId, customerId, type, channel, occurredAt, data, extra) -> {
                    Map<String, Object> moment = new LinkedHashMap<>();
                    put(moment, "eventId", eventId);
                    put(moment, "customerId", customerId);
                    put(moment, "type", type);
                    put(moment, "channel", channel);
                    put(moment, "occurredAt", occurredAt);
                    put(moment, "data", data);
                    if (extra instanceof Map<?, ?> fields) {
                        fields.forEach((name, value) -> moment.putIfAbsent(String.valueOf(name), value));
                    }
                    return moment;
                });
    }

    /** A moment's data: the entries journeys read, and others, each holding any JSON value. */
    private static Arbitrary<Object> data() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(DATA_FIELDS), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        return Arbitraries.maps(names, anyJson(2)).ofMaxSize(5).map(Object.class::cast);
    }

    /** A moment's JSON text cut off, or with a character put in anywhere. */
    private Arbitrary<String> brokenOff() {
        return Combinators.combine(moments().map(BadInputPropertiesTest::json), Arbitraries.doubles().between(0, 1),
                        Arbitraries.chars().all(), Arbitraries.of(true, false))
                .as((text, at, character, cut) -> {
                    int position = (int) (at * text.length());
                    return cut ? text.substring(0, position) : text.substring(0, position) + character + text.substring(position);
                });
    }

    /** Any JSON value: text with any characters, numbers of any size, booleans, null, lists and objects of those. */
    private static Arbitrary<Object> anyJson(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40).map(Object.class::cast),
                Arbitraries.strings().withChars("\u0000\u202e\u200f\u0301\ud83d\ude00\uffff<>${}#'\"\\%./").ofMaxLength(12).map(Object.class::cast),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just((Object) null));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> inner = anyJson(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                Tuple.of(1, inner.list().ofMaxSize(4).map(Object.class::cast)),
                Tuple.of(2, Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), inner)
                        .ofMaxSize(4).map(Object.class::cast)));
    }

    /** The field as it should be, as any JSON value, or left out. */
    private static Arbitrary<Object> field(Arbitrary<?> right) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, right.map(Object.class::cast)),
                Tuple.of(2, anyJson(2)),
                Tuple.of(1, Arbitraries.just(MISSING)));
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != MISSING) {
            fields.put(name, value);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
