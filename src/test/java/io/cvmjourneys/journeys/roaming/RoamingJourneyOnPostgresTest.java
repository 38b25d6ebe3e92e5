package io.cvmjourneys.journeys.roaming;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A trip abroad on PostgreSQL through the REST API, as the travel partner, the network and the
 * customer's SMS replies drive it: booked, offered the pass, landed, the pass taken, home again. While
 * it runs an agent's next-best-action answer holds other programs' offers back. Only time is moved.
 */
class RoamingJourneyOnPostgresTest extends JourneyOverRestOnPostgres {

    @Test
    void aBookedTripGetsThePassBeforeItLandsAndEndsWithThePassUsed() {
        String customer = "CUST-PGRO01";
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Tara Traveller', '+34 699 000 401', 'tara@example.org', 'POSTPAID', 'MASS', DATE '2019-01-01',
                                2000, 30, 'ZZ', FALSE)""").param(customer).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES ('SUB-CUST-PGRO01', ?, 'MOBILE', 'Essential 20GB', '5G', 18, DATE '2027-10-01')""").param(customer).update();
        for (String purpose : new String[] {"MARKETING", "SERVICE"}) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'SMS', TRUE, ?)")
                    .params(customer, purpose, Timestamp.from(TestClock.now())).update();
        }
        String departure = TestClock.today().plusDays(5).toString();

        ResponseEntity<String> booked = people.moment("evt-ro-booked", customer, "TRAVEL_BOOKED", "WEB",
                "{\"country\": \"US\", \"departureOn\": \"" + departure + "\"}");
        assertThat(booked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(booked.getBody(), "$.processInstanceId");
        EngineClock.runDueJobs(managementService, journey);
        String inStore = people.as("agent").get()
                .uri("/api/customers/{id}/next-best-actions?moment=STORE_VISIT&channel=STORE", customer).retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(inStore, "$.actions[*].actionId")).doesNotContain("LOYALTY_REWARD");
        assertThat(JsonPath.<List<String>>read(inStore, "$.suppressed[?(@.actionId == 'LOYALTY_REWARD')].reason"))
                .singleElement().asString().contains("Roaming journey");

        EngineClock.passTime(managementService, journey, Duration.ofDays(5));
        assertThat(JsonPath.<String>read(people.moment("evt-ro-landed", customer, "ROAMING_STARTED", "APP",
                "{\"country\": \"US\"}").getBody(), "$.status")).isEqualTo("CORRELATED");
        EngineClock.runDueJobs(managementService, journey);
        people.moment("evt-ro-yes", customer, "OFFER_ANSWERED", "SMS", "{\"answer\": \"ACCEPTED\", \"journey\": \"roaming\"}");
        EngineClock.runDueJobs(managementService, journey);
        people.moment("evt-ro-home", customer, "ROAMING_ENDED", "APP", "{}");
        EngineClock.runDueJobs(managementService, journey);

        assertThat(JourneyRecords.outcome(historyService, journey)).isEqualTo("PASS_USED");
        assertThat(JourneyRecords.queuedMessages(jdbc, customer)).containsExactly("SMS roaming-pass-offer", "SMS roaming-welcome",
                "SMS roaming-pass-active", "SMS roaming-welcome-home");
        assertThat(jdbc.sql("SELECT amount FROM cvm.account_change WHERE customer_id = ? AND kind = 'CHARGE'").param(customer)
                .query(BigDecimal.class).single()).isEqualByComparingTo("25.00");
    }
}
