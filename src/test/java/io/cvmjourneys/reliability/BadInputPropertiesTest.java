package io.cvmjourneys.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.cvmjourneys.CvmJourneysApplication;
import io.cvmjourneys.testsupport.PostgresTestDatabase;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigInteger;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moment payloads no one wrote down: random JSON shapes, strings, numbers and nestings where the fields of
 * {@code POST /api/moments} belong, some whole, some broken off. Whatever arrives, the answer is never a
 * 5xx and shows nothing of the code's inside, and a refused moment leaves no row behind. jqwik runs on its
 * own JUnit Platform engine, so the application is started here (on a real PostgreSQL) rather than by
 * Spring's test support; the clock stands at the tests' Monday morning as for every Spring test.
 */
class BadInputMomentPropertiesTest {

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

    private static ConfigurableApplicationContext application;
    private static CaseSender sender;
    private static JdbcClient jdbc;

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

    @Provide
    Arbitrary<String> payloads() {
        return Arbitraries.oneOf(moments().map(BadInputMomentPropertiesTest::json), brokenOff(), anyJson(3).map(BadInputMomentPropertiesTest::json));
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
        return Combinators.combine(moments().map(BadInputMomentPropertiesTest::json), Arbitraries.doubles().between(0, 1),
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

    private static void put(Map<String, Object> moment, String name, Object value) {
        if (value != MISSING) {
            moment.put(name, value);
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
