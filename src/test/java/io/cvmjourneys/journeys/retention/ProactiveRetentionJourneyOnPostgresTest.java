package io.cvmjourneys.journeys.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.JourneyRecords;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A proactive save on PostgreSQL through the REST API: analytics hands in a competitor's offer, an
 * agent presents the price match and the customer declines; ten days on they ask to move their
 * number, and the cancellation team's offer is not the one they already turned down. Only time is moved.
 */
class ProactiveRetentionJourneyOnPostgresTest extends JourneyOverRestOnPostgres {

    @Test
    void aCustomerWhoTurnedTheSaveDownHearsSomethingNewWhenTheyAskToLeave() {
        String customer = "CUST-PGPR01";
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Rhona Rival', '+44 7700 900601', NULL, 'POSTPAID', 'MASS', DATE '2020-02-01',
                                1800, 28, 'ZZ', FALSE)""").param(customer).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES ('SUB-PGPR01', ?, 'MOBILE', 'Plus 60GB', '5G', 25, DATE '2027-08-01')""").param(customer).update();

        ResponseEntity<String> sign = people.moment("evt-pr-1", customer, "CHURN_RISK", "WEB",
                "{\"signal\": \"COMPETITOR_OFFER\", \"detail\": \"Rival Mobile: 20GB for 12 pounds\"}");
        assertThat(sign.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(sign.getBody(), "$.processInstanceId");
        EngineClock.runDueJobs(managementService, journey);
        String call = people.claimTask(journey, "agent", "Task_CallAtRiskCustomer");
        assertThat(people.complete("agent", call, "{\"saveResponse\": {\"value\": \"DECLINED\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        EngineClock.passTime(managementService, journey, Duration.ofDays(10));

        ResponseEntity<String> portOut = people.moment("evt-pr-2", customer, "PORT_OUT_REQUEST", "CALL_CENTER",
                "{\"reason\": \"COMPETITOR_OFFER\"}");

        assertThat(portOut.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(JourneyRecords.outcome(historyService, journey)).isEqualTo("ASKED_TO_LEAVE");
        assertThat(jdbc.sql("""
                        SELECT o.action_id FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id
                        WHERE d.customer_id = ? AND d.moment = 'PORT_OUT_REQUEST'""").param(customer).query(String.class).list())
                .isNotEmpty().doesNotContain("PRICE_MATCH_DISCOUNT");
        assertThat(jdbc.sql("SELECT suppressed FROM cvm.nba_decision WHERE customer_id = ? AND moment = 'PORT_OUT_REQUEST'")
                .param(customer).query(String.class).single()).contains("PRICE_MATCH_DISCOUNT", "Not offered twice");
    }
}
