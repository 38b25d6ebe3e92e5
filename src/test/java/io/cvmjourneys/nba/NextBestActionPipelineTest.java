package io.cvmjourneys.nba;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestCustomers;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The next-best-action pipeline end to end over REST, on the real decision table and policies: one
 * customer's answer as the world around them changes, the decision log and outcomes, the CVM
 * manager's pause and a table redeployed at runtime.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class NextBestActionPipelineTest {

    private static final Path TABLE = Path.of("dmn/next-best-action-candidates.dmn");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DecisionLog decisionLog;

    @Test
    void aLoyalHighValueCustomerInTheStoreIsOfferedTheBundleThenTheReward() {
        String customer = givenLoyalHighValueCustomer("CUST-700001", "T01");

        String answer = askInStore(customer);

        assertThat(JsonPath.<List<String>>read(answer, "$.actions[*].actionId"))
                .containsExactly("HOME_BROADBAND_BUNDLE", "LOYALTY_REWARD", "REFER_A_FRIEND");
        assertThat(JsonPath.<String>read(answer, "$.actions[0].reason")).contains("bundle fibre");
        assertThat(JsonPath.<Double>read(answer, "$.actions[0].score")).isEqualTo(0.15 * 220, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(JsonPath.<Integer>read(answer, "$.decisionVersions.nextBestActionCandidates")).isPositive();
        String decisionId = JsonPath.read(answer, "$.decisionId");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_offer WHERE decision_id = ?").param(decisionId)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void everyDecisionLogsTheTableInputsAndAnOlderRowRebuildsThemAlikeFromItsSummary() {
        String customer = givenLoyalHighValueCustomer("CUST-700009", "T09");
        String decisionId = JsonPath.read(askInStore(customer), "$.decisionId");

        Map<String, Object> kept = loggedInputs(decisionId);
        assertThat(kept).containsEntry("moment", "STORE_VISIT").containsEntry("channel", "STORE")
                .containsEntry("segment", "HIGH_VALUE").containsEntry("tenureMonths", 60)
                .containsEntry("daysToContractEnd", 300).containsEntry("daysToLeaseEnd", 9999)
                .containsEntry("outageInArea", false).containsEntry("journeyStep", "");
        jdbc.sql("UPDATE cvm.nba_decision SET table_inputs = NULL WHERE id = ?").param(decisionId).update();
        assertThat(loggedInputs(decisionId)).isEqualTo(kept);
    }

    @Test
    void anOutageInTheAreaPausesOffersAndPutsTheMandatoryNoticeFirst() {
        String customer = givenLoyalHighValueCustomer("CUST-700002", "T02");
        jdbc.sql("INSERT INTO cvm.service_incident (id, area_code, kind, title, started_at) VALUES ('INC-T02', 'T02',"
                + " 'MOBILE_OUTAGE', 'Mast down', ?)").param(java.sql.Timestamp.from(TestClock.now())).update();

        String answer = askInStore(customer);

        assertThat(JsonPath.<List<String>>read(answer, "$.actions[*].actionId"))
                .containsExactly("OUTAGE_NOTICE", "SERVICE_APOLOGY_CREDIT");
        assertSuppressed(answer, "HOME_BROADBAND_BUNDLE", "Service disruption", "INC-T02");
        assertSuppressed(answer, "LOYALTY_REWARD", "Service disruption", "commercial offers wait until it is fixed");
        Refusals.assertAnswered(outcome(JsonPath.read(answer, "$.decisionId"), "{\"actionId\": \"OUTAGE_NOTICE\", \"outcome\": \"ACCEPTED\"}"),
                HttpStatus.BAD_REQUEST, "actionId", "a notice the customer must be given, not an offer");
    }

    @Test
    void anOpenComplaintCoolsOffCommercialActionsAndTheAgentFollowsItUp() {
        String customer = givenLoyalHighValueCustomer("CUST-700003", "T03");
        jdbc.sql("INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at) VALUES ('CMP-T03', ?,"
                + " 'CALL_CENTER', 'BILLING', 'Charged twice', ?)").params(customer, java.sql.Timestamp.from(TestClock.now()))
                .update();

        String answer = askInStore(customer);

        assertThat(JsonPath.<List<String>>read(answer, "$.actions[*].actionId")).containsExactly("COMPLAINT_FOLLOW_UP");
        assertThat(JsonPath.<String>read(answer, "$.actions[0].reason")).contains("open complaint");
        assertSuppressed(answer, "HOME_BROADBAND_BUNDLE", "Complaint cooldown", "complaint");
        assertSuppressed(answer, "LOYALTY_REWARD", "Complaint cooldown", "complaint");
    }

    @Test
    void anOverdueInvoiceBringsThePaymentPlanAndStopsTheUpsell() {
        String customer = givenLoyalHighValueCustomer("CUST-700004", "T04");
        LocalDate today = TestClock.today();
        jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on) VALUES ('INV-T04', ?, 64.90, ?, ?)")
                .params(customer, today.minusDays(24), today.minusDays(10)).update();

        String answer = askInStore(customer);

        assertThat(JsonPath.<List<String>>read(answer, "$.actions[*].actionId")).containsExactly("PAYMENT_PLAN", "LOYALTY_REWARD");
        assertSuppressed(answer, "HOME_BROADBAND_BUNDLE", "Delinquency", "10 days");
    }

    /** A program is paused for a reason (a complaint wave, a price change): none of its offers until it is live again. */
    @Test
    void aPausedProgramMakesNoOffersUntilAManagerPutsItLiveAgain() {
        String customer = givenLoyalHighValueCustomer("CUST-700011", "T11");
        int version = JsonPath.read(as("analyst").get().uri("/api/programs/loyalty").retrieve().body(String.class), "$.version");

        ResponseEntity<String> paused = moveProgram("manager", "loyalty", version, "PAUSED");
        assertThat(paused.getStatusCode()).as(paused.getBody()).isEqualTo(HttpStatus.OK);
        try {
            String answer = askInStore(customer);

            assertThat(JsonPath.<List<String>>read(answer, "$.actions[*].actionId"))
                    .containsExactly("HOME_BROADBAND_BUNDLE", "REFER_A_FRIEND");
            assertSuppressed(answer, "LOYALTY_REWARD", "Program not live", "Loyalty, is not live");
        } finally {
            assertThat(moveProgram("manager", "loyalty", version + 1, "LIVE").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(JsonPath.<List<String>>read(askInStore(customer), "$.actions[*].actionId")).contains("LOYALTY_REWARD");
    }

    @Test
    void aPausedActionIsNeverProposedFromTheNextDecisionOnAndOnlyManagersPause() {
        String customer = givenLoyalHighValueCustomer("CUST-700005", "T05");
        assertThat(JsonPath.<List<String>>read(askInStore(customer), "$.actions[*].actionId")).contains("LOYALTY_REWARD");

        assertThat(pause("agent", "LOYALTY_REWARD", true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> paused = pause("manager", "LOYALTY_REWARD", true);
        try {
            assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(JsonPath.<Boolean>read(paused.getBody(), "$.paused")).isTrue();

            String answer = askInStore(customer);

            assertThat(JsonPath.<List<String>>read(answer, "$.actions[*].actionId")).containsExactly("HOME_BROADBAND_BUNDLE",
                    "REFER_A_FRIEND");
            assertSuppressed(answer, "LOYALTY_REWARD", "Paused action", "paused");
        } finally {
            pause("manager", "LOYALTY_REWARD", false);
        }
    }

    @Test
    void anApproachingContractEndPutsRetentionFirst() {
        String customer = givenLoyalHighValueCustomer("CUST-700006", "T06");
        jdbc.sql("UPDATE cvm.subscription SET contract_end = ? WHERE customer_id = ?")
                .params(TestClock.today().plusDays(30), customer).update();

        String answer = askInStore(customer);

        assertThat(JsonPath.<List<String>>read(answer, "$.actions[*].actionId")).containsExactly("CONTRACT_RENEWAL_OFFER");
        assertSuppressed(answer, "HOME_BROADBAND_BUNDLE", "Retention first", "30 days");
        assertSuppressed(answer, "LOYALTY_REWARD", "Retention first", "30 days");
    }

    @Test
    void aTableChangedInTheModelerChangesTheNextAnswerWithoutRestart() throws IOException {
        String customer = givenLoyalHighValueCustomer("CUST-700007", "T07");
        String before = askInStore(customer);
        int version = JsonPath.read(before, "$.decisionVersions.nextBestActionCandidates");
        String original = Files.readString(TABLE);
        String rewardFirst = original.replace("<text>0.25</text>\n        </outputEntry>\n        <outputEntry id=\"OutputEntry_RewardLoyalty_Value\">",
                "<text>0.95</text>\n        </outputEntry>\n        <outputEntry id=\"OutputEntry_RewardLoyalty_Value\">");
        assertThat(rewardFirst).isNotEqualTo(original);
        try {
            assertThat(deployTable(rewardFirst).getStatusCode()).isEqualTo(HttpStatus.OK);

            String after = askInStore(customer);

            assertThat(JsonPath.<Integer>read(after, "$.decisionVersions.nextBestActionCandidates")).isEqualTo(version + 1);
            assertThat(JsonPath.<List<String>>read(after, "$.actions[*].actionId"))
                    .containsExactly("LOYALTY_REWARD", "HOME_BROADBAND_BUNDLE", "REFER_A_FRIEND");
        } finally {
            deployTable(original);
        }
    }

    @Test
    void theCustomersAnswerIsRecordedOnceAsAContact() {
        String customer = givenLoyalHighValueCustomer("CUST-700008", "T08");
        String decisionId = JsonPath.read(askInStore(customer), "$.decisionId");

        ResponseEntity<String> accepted = outcome(decisionId, "{\"actionId\": \"LOYALTY_REWARD\", \"outcome\": \"LATER\"}");
        outcome(decisionId, "{\"actionId\": \"LOYALTY_REWARD\", \"outcome\": \"ACCEPTED\"}");

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("SELECT outcome FROM cvm.nba_offer WHERE decision_id = ? AND action_id = 'LOYALTY_REWARD'")
                .param(decisionId).query(String.class).single()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.contact_history WHERE decision_id = ? AND channel = 'STORE'")
                .param(decisionId).query(Long.class).single()).isEqualTo(1);

        Refusals.assertAnswered(outcome(decisionId, "{\"actionId\": \"DEVICE_REPAIR\", \"outcome\": \"ACCEPTED\"}"),
                HttpStatus.BAD_REQUEST, "actionId", "did not propose DEVICE_REPAIR");
        Refusals.assertAnswered(outcome("no-such-decision", "{\"actionId\": \"LOYALTY_REWARD\", \"outcome\": \"ACCEPTED\"}"),
                HttpStatus.NOT_FOUND, "decisionId", "No decision no-such-decision");
        Refusals.assertAnswered(outcome(decisionId, "{\"actionId\": \"LOYALTY_REWARD\", \"outcome\": \"MAYBE\"}"),
                HttpStatus.BAD_REQUEST, "outcome", "ACCEPTED, DECLINED, LATER, NO_ANSWER");
    }

    @Test
    void badQuestionsGetA4xxThatSaysWhatToFix() {
        Refusals.assertAnswered(ask("CUST-999999", "moment=STORE_VISIT&channel=STORE"), HttpStatus.NOT_FOUND, "customerId",
                "No customer CUST-999999");
        Refusals.assertAnswered(ask("CUST-000001", "moment=LUNCH&channel=STORE"), HttpStatus.BAD_REQUEST, "moment",
                "CANCELLATION_REQUEST");
        Refusals.assertAnswered(ask("CUST-000001", "moment=STORE_VISIT&channel=PIGEON"), HttpStatus.BAD_REQUEST, "channel",
                "CALL_CENTER, STORE");
        Refusals.assertAnswered(ask("CUST-000001", "channel=STORE"), HttpStatus.BAD_REQUEST, "moment", "moment is required");
    }

    private Map<String, Object> loggedInputs(String decisionId) {
        List<Map<String, Object>> found = new ArrayList<>();
        decisionLog.forEachSince(TestClock.now().minus(Duration.ofHours(1)), logged -> {
            if (logged.id().equals(decisionId)) {
                found.add(logged.tableInputs());
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private String givenLoyalHighValueCustomer(String id, String area) {
        return TestCustomers.loyalHighValue(jdbc, id, area);
    }

    private String askInStore(String customer) {
        ResponseEntity<String> answer = ask(customer, "moment=STORE_VISIT&channel=STORE");
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private ResponseEntity<String> ask(String customer, String query) {
        return as("agent").get().uri("/api/customers/" + customer + "/next-best-actions?" + query)
                .retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> outcome(String decisionId, String body) {
        return as("agent").post().uri("/api/decisions/{id}/outcome", decisionId).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> pause(String user, String actionId, boolean paused) {
        return as(user).put().uri("/api/actions/{id}/paused", actionId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("paused", paused, "reason", "Complaints about this offer")).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> deployTable(String model) {
        return TestHttp.deployAsModeler(as("manager"), "next-best-action-candidates",
                Map.of("next-best-action-candidates.dmn", model));
    }

    private static void assertSuppressed(String answer, String actionId, String rule, String reasonPart) {
        List<Map<String, String>> suppressed = JsonPath.read(answer, "$.suppressed[?(@.actionId == '" + actionId + "')]");
        assertThat(suppressed).as(answer).singleElement().satisfies(suppression -> {
            assertThat(suppression.get("rule")).isEqualTo(rule);
            assertThat(suppression.get("reason")).containsIgnoringCase(reasonPart);
        });
    }


    private ResponseEntity<String> moveProgram(String user, String program, int version, String status) {
        return as(user).post().uri("/api/programs/{id}/status", program).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("version", version, "status", status, "reason", "A complaint wave about the rewards"))
                .retrieve().toEntity(String.class);
    }

    private RestClient as(String user) {
        return TestHttp.as(port, user);
    }
}
