package io.cvmjourneys.journeys.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * New customers' first 90 days on PostgreSQL through the REST APIs, as sales, the network and the
 * agents drive them: a valuable home customer who has not started is helped on an agent's call and
 * called again at day 60; a prepaid customer calls, tops up and is found to have adopted the service.
 * Only time is moved by the test.
 */
class OnboardingJourneyOnPostgresTest extends JourneyOverRestOnPostgres {

    @Test
    void aValuableHomeCustomerIsHelpedOnTheCallAndAdoptsTheServiceByDayNinety() {
        customer("CUST-PGON01", "HOME", "HIGH_VALUE", "BROADBAND", "Fibre 500", 38, "+34 699 000 201");
        String journey = joined("CUST-PGON01", "CONTRACT_SIGNED");

        EngineClock.passTime(managementService, journey, Duration.ofDays(7));

        assertThat(people.tasks(journey, "store", "Task_CallNewCustomer")).as("a store user does not see call-center work").isEmpty();
        String call = people.claimTask(journey, "agent", "Task_CallNewCustomer");
        String form = people.as("agent").get().uri("/engine-rest/task/{id}/form-variables", call).retrieve().body(String.class);
        assertThat(JsonPath.<String>read(form, "$.plan.value")).isEqualTo("Fibre 500");
        assertThat(JsonPath.<Boolean>read(form, "$.usedData.value")).isFalse();
        assertThat(people.complete("agent", call, """
                {"setUpCallResult": {"value": "SET_UP"}, "agentNote": {"value": "Router was not plugged into the fibre box"}}""")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        used("CUST-PGON01", journey, "DATA");
        used("CUST-PGON01", journey, "APP_LOGIN");
        EngineClock.passTime(managementService, journey, Duration.ofDays(53));
        String checkIn = people.claimTask(journey, "agent", "Task_CheckInCall");
        people.complete("agent", checkIn, "{\"checkInResult\": {\"value\": \"HAPPY\"}}");
        EngineClock.passTime(managementService, journey, Duration.ofDays(30));

        assertThat(outcome(journey)).isEqualTo("ADOPTED");
        assertThat(JourneyRecords.queuedMessages(jdbc, "CUST-PGON01"))
                .containsExactly("EMAIL onboarding-welcome", "EMAIL onboarding-first-bill");
    }

    @Test
    void aPrepaidCustomerCallsTopsUpAndAdoptsTheService() {
        customer("CUST-PGON02", "PREPAID", "MASS", "MOBILE", "Pay As You Go 10", 10, "+34 699 000 202");
        String journey = joined("CUST-PGON02", "SIM_ACTIVATED");
        used("CUST-PGON02", journey, "CALL");
        ResponseEntity<String> topUp = people.moment("evt-on-topup", "CUST-PGON02", "TOP_UP", "APP", "{\"amount\": 15}");
        assertThat(JsonPath.<String>read(topUp.getBody(), "$.status")).isEqualTo("CORRELATED");
        EngineClock.runDueJobs(managementService, journey);

        EngineClock.passTime(managementService, journey, Duration.ofDays(91));

        assertThat(outcome(journey)).isEqualTo("ADOPTED");
        assertThat(JourneyRecords.queuedMessages(jdbc, "CUST-PGON02"))
                .as("the app unused after a week: tips; topped up within two weeks: no reminder; prepaid: no bill")
                .containsExactly("EMAIL onboarding-welcome", "EMAIL onboarding-set-up-tips", "EMAIL tnps-survey");
    }

    private void customer(String id, String type, String segment, String product, String plan, int fee, String phone) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Nico Newcomer', ?, 'nico@example.org', ?, ?, ?, 1500, ?, 'ZZ', FALSE)""")
                .params(id, phone, type, segment, TestClock.today(), fee).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee)
                        VALUES (?, ?, ?, ?, 'FIBRE', ?)""")
                .params("SUB-" + id, id, product, plan, fee).update();
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', 'EMAIL', TRUE, ?)")
                .params(id, Timestamp.from(TestClock.now())).update();
    }

    /** Sales' moment; the same moment twice starts one journey. */
    private String joined(String customerId, String type) {
        ResponseEntity<String> started = people.moment("evt-on-" + customerId, customerId, type, "STORE", "{}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(started.getBody(), "$.processInstanceId");
        assertThat(people.moment("evt-on-" + customerId, customerId, type, "STORE", "{}").getBody())
                .as("the same event again").contains(journey, "STARTED");
        EngineClock.runDueJobs(managementService, journey);
        return journey;
    }

    /** The network or the app reports a first use. */
    private void used(String customerId, String journey, String usage) {
        ResponseEntity<String> seen = people.moment("evt-on-" + usage + "-" + customerId, customerId, "SERVICE_FIRST_USED", "APP",
                "{\"usage\": \"" + usage + "\"}");
        assertThat(JsonPath.<String>read(seen.getBody(), "$.status")).isEqualTo("CORRELATED");
        EngineClock.runDueJobs(managementService, journey);
    }

    private String outcome(String journey) {
        return (String) JourneyRecords.outcome(historyService, journey);
    }
}
