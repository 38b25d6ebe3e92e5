package io.cvmjourneys.journeys.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOnPostgres;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.JourneyOverRest;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The whole journey on PostgreSQL through the REST APIs, as the real users drive it: a channel
 * reports the cancellation request, the call-center agent presents the offer with the agent's
 * credentials, the CVM manager approves the discount with the manager's, the survey answer comes
 * back as a moment. Only time is moved by the test (the engine clock and due timers).
 */
@JourneyOnPostgres
class CancellationWinbackJourneyOnPostgresTest {

    private static final String CUSTOMER = "CUST-004321";

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aValuableCustomerIsKeptWithAManagerApprovedDiscountAndAnswersTheSurvey() {
        jdbc.sql("DELETE FROM cvm.consent WHERE customer_id = ? AND purpose = 'SERVICE'").param(CUSTOMER).update();
        for (String channel : List.of("EMAIL", "SMS")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', ?, TRUE, ?)")
                    .params(CUSTOMER, channel, java.sql.Timestamp.from(TestClock.now())).update();
        }
        ResponseEntity<String> started = moment("evt-cw-1", "CANCELLATION_REQUEST", "{\"reason\":\"COMPETITOR_OFFER\"}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(started.getBody(), "$.processInstanceId");

        String offerTask = taskOf(journey, "agent", "Task_PresentRetentionOffer");
        assertThat(as("store").get().uri("/engine-rest/task/{id}", offerTask).retrieve().toEntity(String.class)
                .getStatusCode().is2xxSuccessful()).as("a store agent does not see a call-center task").isFalse();
        assertThat(complete("agent", offerTask, """
                {"offerResponse": {"value": "ACCEPTED"}, "discountPercent": {"value": 35, "type": "Long"},
                 "agentNote": {"value": "Stays if we beat the competitor"}}""").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String approval = taskOf(journey, "manager", "Task_ApproveRetentionDiscount");
        assertThat(complete("agent", approval, "{\"approvalDecision\": {\"value\": \"APPROVED\"}}").getStatusCode()
                .is4xxClientError()).as("an agent cannot approve").isTrue();
        assertThat(complete("manager", approval, "{\"approvalDecision\": {\"value\": \"APPROVED\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("SELECT percent_off FROM cvm.account_change WHERE customer_id = ? AND kind = 'DISCOUNT'")
                .param(CUSTOMER).query(Integer.class).single()).isEqualTo(35);

        EngineClock.passTime(managementService, journey, Duration.ofDays(7));
        assertThat(jdbc.sql("SELECT template FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id")
                .param(CUSTOMER).query(String.class).list()).containsExactly("retention-offer-accepted", "tnps-survey");

        ResponseEntity<String> surveyAnswer = moment("evt-cw-2", "SURVEY_ANSWERED", "{\"score\": 8}");
        assertThat(JsonPath.<String>read(surveyAnswer.getBody(), "$.status")).isEqualTo("CORRELATED");

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(journey).singleResult().getEndTime())
                .isNotNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(journey).variableName("outcome")
                .singleResult().getValue()).isEqualTo("RETAINED");
    }

    private ResponseEntity<String> moment(String eventId, String type, String data) {
        return rest().moment(eventId, CUSTOMER, type, "CALL_CENTER", data);
    }

    private String taskOf(String journey, String user, String taskKey) {
        return rest().claimTask(journey, user, taskKey);
    }

    private ResponseEntity<String> complete(String user, String taskId, String variables) {
        return rest().complete(user, taskId, variables);
    }

    private RestClient as(String user) {
        return rest().as(user);
    }

    private JourneyOverRest rest() {
        return new JourneyOverRest(port);
    }
}
