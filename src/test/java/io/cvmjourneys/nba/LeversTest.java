package io.cvmjourneys.nba;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestCustomers;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestHttp;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
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
 * The levers changed at run time over REST: a cap, a weight, a holdout share and quiet hours hold
 * from the next decision without a restart, a version scheduled ahead holds from its time, the
 * history keeps who, when and why, and a preview says what a change would change before it is made.
 * Versions follow each other in time, so each change happens a minute after the latest version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class LeversTest {

    /** The levers as the configuration sets them, as JSON, with what a test changes. */
    private static final String CONFIGURED = """
            {"programWeights": {}, "holdout": {"cancellation-winback": 0.1, "upsell-cross-sell": 0.1, "onboarding-activation": 0.1,
             "roaming": 0.1, "contract-renewal": 0.1, "bill-payment": 0.1}, "weeklyCaps": {"SMS": 2, "EMAIL": 3, "PUSH": 3,
             "TELESALES": 1}, %s "quietFrom": "21:00", "quietUntil": "08:00"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HoldoutGroups holdout;

    @Test
    void aCapOverAllChannelsHoldsFromTheNextDecisionAndAScheduledVersionFromItsTime() {
        String customer = reachableBySms("CUST-710001", "L01");
        TestCustomers.contacted(jdbc, customer, "EMAIL", TestClock.now().minus(Duration.ofDays(2)));
        assertThat(offeredBySms(customer)).isNotEmpty();

        ResponseEntity<String> capped = change(levers("\"weeklyCapAllChannels\": 1,"), null, "One message a week is enough");
        assertThat(capped.getStatusCode()).as(capped.getBody()).isEqualTo(HttpStatus.CREATED);

        String answer = askBySms(customer);
        assertThat(JsonPath.<List<String>>read(answer, "$.actions[?(@.kind != 'MANDATORY')].actionId")).isEmpty();
        assertThat(JsonPath.<List<String>>read(answer, "$.suppressed[*].reason"))
                .anySatisfy(reason -> assertThat(reason).contains("1 contacts over all outbound channels in the last 7 days,"
                        + " the weekly cap over all of them is 1"));

        Instant inAnHour = TestClock.now().plus(Duration.ofHours(1));
        assertThat(change(levers(""), inAnHour, "Back to the channel caps alone").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(offeredBySms(customer)).as("before the scheduled version's time").isEmpty();
        TestClock.pin(inAnHour);
        assertThat(offeredBySms(customer)).as("from its time on").isNotEmpty();

        String history = as("analyst").get().uri("/api/levers/versions").retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(history, "$[*].reason")).containsSubsequence("Back to the channel caps alone",
                "One message a week is enough");
        assertThat(JsonPath.<List<Integer>>read(history, "$[*].version").get(JsonPath.<List<Integer>>read(history, "$[*].version")
                .size() - 1)).as("the configuration last").isZero();
        assertThat(JsonPath.<List<String>>read(history, "$[*].changedBy")).contains("manager");
    }

    @Test
    void aProgramsWeightReordersTheNextDecisionAndAHoldoutShareMovesItsControlGroup() {
        String customer = TestCustomers.loyalHighValue(jdbc, "CUST-710002", "L02");
        assertThat(firstInStore(customer)).isEqualTo("HOME_BROADBAND_BUNDLE");

        assertThat(change(levers("").replace("\"programWeights\": {}", "\"programWeights\": {\"referral\": 10}"), null,
                "Referrals first this month").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(firstInStore(customer)).isEqualTo("REFER_A_FRIEND");

        assertThat(change(levers("").replace("\"holdout\": {", "\"holdout\": {\"loyalty\": 0.5, "), null,
                "Measure the rewards' uplift").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(holdout.share("loyalty")).isEqualTo(0.5);
        String heldOut = IntStream.range(0, 100).mapToObj(n -> "CUST-7101%02d".formatted(n))
                .filter(id -> holdout.isHeldOut(id, "loyalty")).findFirst().orElseThrow();
        TestCustomers.loyalHighValue(jdbc, heldOut, "L03");
        String answer = ask(heldOut, "moment=STORE_VISIT&channel=STORE");
        assertThat(JsonPath.<List<String>>read(answer, "$.suppressed[?(@.rule == 'Holdout control')].actionId"))
                .contains("LOYALTY_REWARD");
    }

    @Test
    void quietHoursChangedAtRunTimeHoldOutboundOffers() {
        String customer = reachableBySms("CUST-710004", "L04");
        assertThat(offeredBySms(customer)).isNotEmpty();

        // the test's clock reads 10:00 in London
        assertThat(change(levers("").replace("\"quietFrom\": \"21:00\", \"quietUntil\": \"08:00\"",
                "\"quietFrom\": \"09:00\", \"quietUntil\": \"12:00\""), null, "No messages in the morning")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(offeredBySms(customer)).isEmpty();
        assertThat(JsonPath.<List<String>>read(askBySms(customer), "$.suppressed[?(@.rule == 'Quiet hours')].reason"))
                .allSatisfy(reason -> assertThat(reason).contains("09:00").contains("12:00"));
    }

    @Test
    void aPreviewSaysWhatAChangeWouldChangeAndChangesNothing() {
        String customer = TestCustomers.loyalHighValue(jdbc, "CUST-710005", "L05");
        firstInStore(customer);
        firstInStore(customer);
        long versions = jdbc.sql("SELECT COUNT(*) FROM cvm.nba_lever_version").query(Long.class).single();

        ResponseEntity<String> preview = as("manager").post().uri("/api/levers/preview?days=7")
                .contentType(MediaType.APPLICATION_JSON)
                .body(levers("").replace("\"programWeights\": {}", "\"programWeights\": {\"referral\": 10}"))
                .retrieve().toEntity(String.class);

        assertThat(preview.getStatusCode()).as(preview.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<Integer>read(preview.getBody(), "$.decisions")).isGreaterThanOrEqualTo(2);
        assertThat(JsonPath.<Integer>read(preview.getBody(), "$.changedTopAction")).isGreaterThanOrEqualTo(2);
        assertThat(JsonPath.<List<Integer>>read(preview.getBody(), "$.perAction[?(@.actionId == 'REFER_A_FRIEND')].candidateTop"))
                .singleElement().satisfies(top -> assertThat(top).isGreaterThanOrEqualTo(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_lever_version").query(Long.class).single()).isEqualTo(versions);
    }

    @Test
    void badLeversAreRefusedWithWhatToFix() {
        afterTheLatestVersion();
        Refusals.assertAnswered(change(levers("").replace("\"programWeights\": {}", "\"programWeights\": {\"referral\": 11}"), null, "x"),
                HttpStatus.BAD_REQUEST, "programWeights", "between 0 and 10");
        Refusals.assertAnswered(change(levers("").replace("\"programWeights\": {}", "\"programWeights\": {\"no-such\": 2}"), null, "x"),
                HttpStatus.BAD_REQUEST, "programWeights", "No program 'no-such'");
        Refusals.assertAnswered(change(levers("").replace("\"holdout\": {", "\"holdout\": {\"loyalty\": 0.6, "), null, "x"),
                HttpStatus.BAD_REQUEST, "holdout", "between 0 and 0.5");
        Refusals.assertAnswered(change(levers("").replace("\"TELESALES\": 1", "\"TELESALES\": 1, \"STORE\": 2"), null, "x"),
                HttpStatus.BAD_REQUEST, "weeklyCaps", "STORE is not an outbound channel");
        Refusals.assertAnswered(change(levers("\"weeklyCapAllChannels\": 51,"), null, "x"), HttpStatus.BAD_REQUEST,
                "weeklyCapAllChannels", "between 0 and 50");
        Refusals.assertAnswered(change(levers("").replace("\"quietFrom\": \"21:00\", ", ""), null, "x"), HttpStatus.BAD_REQUEST,
                "quietFrom", "quiet hours");
        Refusals.assertAnswered(change(levers(""), null, " "), HttpStatus.BAD_REQUEST, "reason", "Say why");
        Refusals.assertAnswered(change(levers(""), TestClock.now().minus(Duration.ofDays(1)), "x"), HttpStatus.BAD_REQUEST,
                "effectiveFrom", "not in the past");
        assertThat(change(levers(""), TestClock.now().plus(Duration.ofDays(30)), "New year").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Refusals.assertAnswered(change(levers(""), TestClock.now().plus(Duration.ofDays(10)), "Sooner"), HttpStatus.CONFLICT,
                "effectiveFrom", "overlaps version");
        assertThat(as("analyst").post().uri("/api/levers").contentType(MediaType.APPLICATION_JSON)
                .body("{\"levers\": " + levers("") + ", \"reason\": \"x\"}").retrieve().toEntity(String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A customer of a test of their own who agreed to offers and service messages by SMS. */
    private String reachableBySms(String id, String area) {
        TestCustomers.loyalHighValue(jdbc, id, area);
        TestCustomers.consents(jdbc, id, "MARKETING", "SMS");
        TestCustomers.consents(jdbc, id, "SERVICE", "SMS");
        return id;
    }

    private List<String> offeredBySms(String customer) {
        return JsonPath.read(askBySms(customer), "$.actions[?(@.kind != 'MANDATORY')].actionId");
    }

    private String askBySms(String customer) {
        return ask(customer, "moment=DIGITAL_VISIT&channel=SMS");
    }

    private String firstInStore(String customer) {
        return JsonPath.read(ask(customer, "moment=STORE_VISIT&channel=STORE"), "$.actions[0].actionId");
    }

    private String ask(String customer, String query) {
        ResponseEntity<String> answer = as("agent").get().uri("/api/customers/" + customer + "/next-best-actions?" + query)
                .retrieve().toEntity(String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static String levers(String capAllChannels) {
        return CONFIGURED.formatted(capAllChannels);
    }

    /** A change as a manager makes it, a minute after the latest version (the test's clock stands still). */
    private ResponseEntity<String> change(String levers, Instant effectiveFrom, String reason) {
        if (effectiveFrom == null) {
            afterTheLatestVersion();
        }
        return as("manager").post().uri("/api/levers").contentType(MediaType.APPLICATION_JSON)
                .body("{\"levers\": " + levers + (effectiveFrom == null ? "" : ", \"effectiveFrom\": \"" + effectiveFrom + "\"")
                        + ", \"reason\": " + (reason == null ? "null" : "\"" + reason + "\"") + "}")
                .retrieve().toEntity(String.class);
    }

    private void afterTheLatestVersion() {
        Instant latest = jdbc.sql("SELECT MAX(effective_from) FROM cvm.nba_lever_version").query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(TestClock.now());
        Instant next = latest.plus(Duration.ofMinutes(1));
        if (next.isAfter(TestClock.now())) {
            TestClock.pin(next);
        }
    }


    private RestClient as(String user) {
        return TestHttp.as(port, user);
    }
}
