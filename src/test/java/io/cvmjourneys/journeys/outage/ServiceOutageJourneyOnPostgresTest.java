package io.cvmjourneys.journeys.outage;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A long broadband outage on PostgreSQL, reported and fixed over the REST API as the network's
 * monitoring does: the valuable customer hears first, gets an update, then the credit and an
 * agent's call; a bad report is refused and starts nothing. Only time is moved.
 */
class ServiceOutageJourneyOnPostgresTest extends JourneyOverRestOnPostgres {

    @Test
    void aLongOutageIsToldUpdatedCreditedAndFollowedByAnAgentsCall() {
        String customer = "CUST-PGOU01";
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Vera Valued', '+44 7700 900401', 'vera@example.org', 'HOME', 'VIP', DATE '2018-01-01',
                                6000, 80, 'YY', FALSE)""").param(customer).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES ('SUB-CUST-PGOU01', ?, 'BROADBAND', 'Fibre 900', 'FIBRE', 55, DATE '2027-10-01')""")
                .param(customer).update();
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', 'SMS', TRUE, ?)")
                .params(customer, Timestamp.from(TestClock.now())).update();

        assertThat(report("{\"id\": \"INC-PG-1\", \"areaCode\": \"YY\", \"kind\": \"BROADBAND_OUTAGE\", \"title\": \"\"}")
                .getStatusCode()).as("no title").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(report("{\"id\": \"INC-PG-1\", \"areaCode\": \"YY\", \"kind\": \"SOLAR_FLARE\", \"title\": \"Sun\"}")
                .getStatusCode()).as("an unknown kind").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.service_incident WHERE id = 'INC-PG-1'").query(Integer.class).single())
                .as("nothing half-written").isZero();
        Integer byAnAgent = people.as("agent").post().uri("/api/incidents").contentType(MediaType.APPLICATION_JSON)
                .body("{\"id\": \"INC-PG-1\", \"areaCode\": \"YY\", \"kind\": \"BROADBAND_OUTAGE\", \"title\": \"Fibre cut\"}")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(byAnAgent).as("an agent does not report incidents").isEqualTo(HttpStatus.FORBIDDEN.value());

        ResponseEntity<String> reported = report(
                "{\"id\": \"INC-PG-1\", \"areaCode\": \"YY\", \"kind\": \"BROADBAND_OUTAGE\", \"title\": \"Fibre cut by road works\"}");
        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(JsonPath.<Integer>read(reported.getBody(), "$.journeysStarted")).isOne();
        String journey = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(OutageVariables.PROCESS_ID)
                .processInstanceBusinessKey(customer).singleResult().getId();
        EngineClock.runDueJobs(managementService, journey);
        EngineClock.passTime(managementService, journey, Duration.ofHours(5));
        EngineClock.passTime(managementService, journey, Duration.ofHours(8));
        ResponseEntity<String> restored = people.as("channel").post().uri("/api/incidents/INC-PG-1/restored")
                .retrieve().toEntity(String.class);
        assertThat(JsonPath.<Integer>read(restored.getBody(), "$.journeysTold")).isOne();
        EngineClock.runDueJobs(managementService, journey);
        String call = people.claimTask(journey, "agent", "Task_CallToApologise");
        assertThat(people.complete("agent", call, "{\"apologyCallResult\": {\"value\": \"APOLOGISED\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        EngineClock.passTime(managementService, journey, Duration.ofHours(24));
        assertThat(people.moment("evt-ou-survey", customer, "SURVEY_ANSWERED", "SMS",
                "{\"score\": 8, \"journey\": \"service-outage\"}").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        EngineClock.runDueJobs(managementService, journey);

        assertThat(JourneyRecords.outcome(historyService, journey)).isEqualTo("CARED_FOR");
        assertThat(JourneyRecords.queuedMessages(jdbc, customer)).containsExactly("SMS outage-notice", "SMS outage-update",
                "SMS service-restored", "EMAIL tnps-survey");
        assertThat(jdbc.sql("SELECT amount FROM cvm.account_change WHERE customer_id = ? AND kind = 'CREDIT'").param(customer)
                .query(BigDecimal.class).single()).isEqualByComparingTo("10.00");
    }

    private ResponseEntity<String> report(String body) {
        return people.as("channel").post().uri("/api/incidents").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(new String(response.getBody().readAllBytes())));
    }
}
