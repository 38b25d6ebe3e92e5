package io.cvmjourneys.journeys.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Two renewals on PostgreSQL through the REST APIs, as the real users drive them: the billing system's
 * moment starts each journey; a valuable customer renews on the agent's call in Tasklist's REST API
 * (with the call center's credentials: a store user cannot see the call), and a customer offered the
 * renewal by e-mail answers through the channel. Only time is moved by the test (the due jobs).
 */
class RenewalJourneyOnPostgresTest extends JourneyOverRestOnPostgres {

    @Test
    void aValuableCustomerRenewsOnTheAgentsCallAndAnotherOnTheEmailedOffer() {
        LocalDate today = TestClock.today();
        customer("CUST-PGRN01", "VIP", today.plusDays(40), "+34 699 000 101");
        customer("CUST-PGRN02", "MASS", today.plusDays(50), "+34 699 000 102");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE journey = 'contract-renewal'").query(Long.class).single())
                .as("the demo started renewal journeys on the first run").isPositive();

        String call = started("CUST-PGRN01");
        assertThat(people.tasks(call, "store", "Task_OfferRenewalByPhone")).as("a store user does not see call-center work").isEmpty();
        String task = people.claimTask(call, "agent", "Task_OfferRenewalByPhone");
        String form = people.as("agent").get().uri("/engine-rest/task/{id}/form-variables", task).retrieve().body(String.class);
        assertThat(JsonPath.<String>read(form, "$.renewalPlan.value")).isEqualTo("Loyalty renewal, 24 months");
        assertThat(JsonPath.<Double>read(form, "$.renewalMonthlyFee.value")).isEqualTo(34.0);
        assertThat(people.complete("agent", task, """
                {"renewalResponse": {"value": "ACCEPTED"}, "agentNote": {"value": "Renewed on the call"}}""").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        EngineClock.runDueJobs(managementService, call);

        String offer = started("CUST-PGRN02");
        ResponseEntity<String> answer = people.moment("evt-rn-answer", "CUST-PGRN02", "OFFER_ANSWERED", "EMAIL",
                "{\"answer\": \"ACCEPTED\", \"journey\": \"contract-renewal\"}");
        assertThat(JsonPath.<String>read(answer.getBody(), "$.status")).isEqualTo("CORRELATED");
        EngineClock.runDueJobs(managementService, offer);

        assertThat(outcome(call)).isEqualTo("RENEWED");
        assertThat(outcome(offer)).isEqualTo("RENEWED");
        assertThat(line("CUST-PGRN01")).isEqualTo("Loyalty renewal, 24 months 34.00 " + today.plusMonths(24));
        assertThat(line("CUST-PGRN02")).as("over three years with us").isEqualTo("Loyalty renewal, 24 months 36.00 " + today.plusMonths(24));
        assertThat(jdbc.sql("SELECT o.outcome FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id"
                        + " WHERE d.customer_id = 'CUST-PGRN02' AND o.action_id = 'CONTRACT_RENEWAL_OFFER'")
                .query(String.class).list()).as("the offer's answer in the decision log").containsExactly("ACCEPTED");
        assertThat(jdbc.sql("SELECT template FROM cvm.outbox_message WHERE customer_id = 'CUST-PGRN02' ORDER BY id")
                .query(String.class).list()).containsExactly("renewal-offer", "renewal-confirmation");
    }

    private void customer(String id, String segment, LocalDate contractEnd, String phone) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Rene Renewer', ?, 'rene@example.org', 'POSTPAID', ?, DATE '2023-03-01', 3000, 40, 'ZZ', FALSE)""")
                .params(id, phone, segment).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'MOBILE', 'Unlimited 5G', '5G', 40, ?)""")
                .params("SUB-" + id, id, contractEnd).update();
        for (String purpose : new String[] {"MARKETING", "SERVICE"}) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'EMAIL', TRUE, ?)")
                    .params(id, purpose, Timestamp.from(TestClock.now())).update();
        }
    }

    /** The billing system's moment for the customer's line; the same moment twice starts one journey. */
    private String started(String customerId) {
        String data = "{\"subscriptionId\": \"SUB-" + customerId + "\"}";
        ResponseEntity<String> started = people.moment("evt-rn-" + customerId, customerId, "CONTRACT_ENDING", "APP", data);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(started.getBody(), "$.processInstanceId");
        assertThat(people.moment("evt-rn-" + customerId, customerId, "CONTRACT_ENDING", "APP", data).getBody())
                .as("the same event again").contains(journey, "STARTED");
        EngineClock.runDueJobs(managementService, journey);
        return journey;
    }

    private String outcome(String journey) {
        return (String) JourneyRecords.outcome(historyService, journey);
    }

    private String line(String customerId) {
        return jdbc.sql("SELECT plan, monthly_fee, contract_end FROM cvm.subscription WHERE id = ?").param("SUB-" + customerId)
                .query((row, n) -> row.getString("plan") + " " + row.getBigDecimal("monthly_fee").setScale(2).toPlainString()
                        + " " + row.getDate("contract_end").toLocalDate())
                .single();
    }
}
