package io.cvmjourneys.journeys.upsell;

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
 * Two upgrades on PostgreSQL through the REST APIs, as the network, the agents and the channels drive
 * them: a high-value customer who went over the allowance takes the bigger plan on an agent's call, a mass-market
 * customer accepts the e-mailed offer; a week after the first new bill neither has complained and
 * both are asked how it went. Only time is moved by the test.
 */
class UpsellJourneyOnPostgresTest extends JourneyOverRestOnPostgres {

    @Test
    void aHighValueCustomerUpgradesOnTheAgentsCallAndAnotherCustomerOnTheEmailedOffer() {
        customer("CUST-PGUP01", "HIGH_VALUE", "Plus 60GB", 25, "+34 699 000 301");
        customer("CUST-PGUP02", "MASS", "Essential 20GB", 18, "+34 699 000 302");

        String call = outgrew("CUST-PGUP01");
        assertThat(people.tasks(call, "store", "Task_OfferUpgradeByPhone")).as("a store user does not see call-center work").isEmpty();
        String task = people.claimTask(call, "agent", "Task_OfferUpgradeByPhone");
        String form = people.as("agent").get().uri("/engine-rest/task/{id}/form-variables", task).retrieve().body(String.class);
        assertThat(JsonPath.<String>read(form, "$.upgradePlan.value")).isEqualTo("Unlimited");
        assertThat(people.complete("agent", task, """
                {"upgradeResponse": {"value": "ACCEPTED"}, "agentNote": {"value": "Took Unlimited on the call"}}""")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        EngineClock.runDueJobs(managementService, call);

        String offer = outgrew("CUST-PGUP02");
        ResponseEntity<String> answer = people.moment("evt-up-answer", "CUST-PGUP02", "OFFER_ANSWERED", "EMAIL",
                "{\"answer\": \"ACCEPTED\", \"journey\": \"upsell-cross-sell\"}");
        assertThat(JsonPath.<String>read(answer.getBody(), "$.status")).isEqualTo("CORRELATED");
        EngineClock.runDueJobs(managementService, offer);
        EngineClock.passTime(managementService, call, Duration.ofDays(16));
        EngineClock.runDueJobs(managementService, offer);

        assertThat(outcome(call)).isEqualTo("UPGRADED");
        assertThat(outcome(offer)).isEqualTo("UPGRADED");
        assertThat(line("CUST-PGUP01")).isEqualTo("Unlimited 35.00");
        assertThat(line("CUST-PGUP02")).isEqualTo("Plus 60GB 25.00");
        assertThat(jdbc.sql("SELECT o.outcome FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id"
                        + " WHERE d.customer_id = 'CUST-PGUP02' AND o.action_id = 'PLAN_UPGRADE'")
                .query(String.class).list()).as("the offer's answer in the decision log").containsExactly("ACCEPTED");
        assertThat(JourneyRecords.queuedMessages(jdbc, "CUST-PGUP02"))
                .containsExactly("EMAIL upgrade-offer", "EMAIL upgrade-confirmation", "EMAIL tnps-survey");
    }

    private void customer(String id, String segment, String plan, int fee, String phone) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Ula Upgrader', ?, 'ula@example.org', 'POSTPAID', ?, DATE '2024-03-01', 2500, ?, 'ZZ', FALSE)""")
                .params(id, phone, segment, fee).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'MOBILE', ?, '5G', ?, ?)""")
                .params("SUB-" + id, id, plan, fee, TestClock.today().plusYears(1)).update();
        for (String purpose : new String[] {"MARKETING", "SERVICE"}) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'EMAIL', TRUE, ?)")
                    .params(id, purpose, Timestamp.from(TestClock.now())).update();
        }
    }

    /** The network's moment: the data allowance used up; the same moment twice starts one journey. */
    private String outgrew(String customerId) {
        String data = "{\"allowance\": \"DATA\"}";
        ResponseEntity<String> started = people.moment("evt-up-" + customerId, customerId, "ALLOWANCE_EXCEEDED", "APP", data);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(started.getBody(), "$.processInstanceId");
        assertThat(people.moment("evt-up-" + customerId, customerId, "ALLOWANCE_EXCEEDED", "APP", data).getBody())
                .as("the same event again").contains(journey, "STARTED");
        EngineClock.runDueJobs(managementService, journey);
        return journey;
    }

    private String outcome(String journey) {
        return (String) JourneyRecords.outcome(historyService, journey);
    }

    private String line(String customerId) {
        return jdbc.sql("SELECT plan, monthly_fee FROM cvm.subscription WHERE id = ?").param("SUB-" + customerId)
                .query((row, n) -> row.getString("plan") + " " + row.getBigDecimal("monthly_fee").setScale(2).toPlainString())
                .single();
    }
}
