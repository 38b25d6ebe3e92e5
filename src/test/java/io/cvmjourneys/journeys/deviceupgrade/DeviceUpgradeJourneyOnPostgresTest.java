package io.cvmjourneys.journeys.deviceupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole journey on PostgreSQL through the REST APIs, as the real users drive it: the store's
 * system reports the upgrade request, the store agent grades the trade-in and takes the order in
 * Tasklist's REST API with the store's credentials (the call center cannot see the task), the
 * logistics partner delivers, the network sees the new device, the survey answer comes back as a
 * moment. Only time is moved by the test (the engine clock, due timers and the order's async step).
 */
class DeviceUpgradeJourneyOnPostgresTest extends JourneyOverRestOnPostgres {
    private static final String CUSTOMER = "CUST-PGDU01";

    @Test
    void aStoreCustomerTradesInUpgradesAndUsesTheNewPhone() {
        aVipCustomerWhoseLeaseEndsNextMonth();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE journey = 'device-upgrade'").query(Long.class).single())
                .as("the demo started device-upgrade journeys on the first run").isPositive();

        ResponseEntity<String> started = moment("evt-du-1", "UPGRADE_REQUESTED", "STORE", "{}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(started.getBody(), "$.processInstanceId");
        assertThat(moment("evt-du-1", "UPGRADE_REQUESTED", "STORE", "{}").getBody())
                .as("the same event again").contains(journey, "STARTED");

        assertThat(people.tasks(journey, "agent", "Task_GradeTradeIn")).as("a call-center agent does not see store work").isEmpty();
        String grading = people.claimTask(journey, "store", "Task_GradeTradeIn");
        assertThat(people.complete("store", grading, """
                {"conditionGrade": {"value": "B"}, "powersOn": {"value": true}, "screenIntact": {"value": true},
                 "activationLockRemoved": {"value": true}}""").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String order = people.claimTask(journey, "store", "Task_TakeUpgradeOrder");
        String form = people.as("store").get().uri("/engine-rest/task/{id}/form-variables", order).retrieve().body(String.class);
        assertThat(JsonPath.<String>read(form, "$.recommendedDeviceName.value")).isEqualTo("Galaxy Z Fold7");
        assertThat(JsonPath.<Integer>read(form, "$.tradeInValue.value")).isEqualTo(150);
        assertThat(people.complete("store", order, """
                {"orderedDevice": {"value": "IPHONE_17_PRO"}, "insurance": {"value": true}, "accessoryCase": {"value": true},
                 "accessoryScreenProtector": {"value": false}, "accessoryCharger": {"value": false},
                 "offerResponse": {"value": "ACCEPTED"}}""").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        for (Job job : managementService.createJobQuery().processInstanceId(journey).messages().list()) {
            managementService.executeJob(job.getId());
        }

        EngineClock.passTime(managementService, journey, Duration.ofDays(1));
        EngineClock.passTime(managementService, journey, Duration.ofDays(1));
        assertThat(jdbc.sql("SELECT status FROM cvm.shipment WHERE customer_id = ?").param(CUSTOMER).query(String.class).single())
                .isEqualTo("DELIVERED");
        Timestamp seen = Timestamp.from(TestClock.now());
        jdbc.sql("INSERT INTO cvm.device_usage (customer_id, device_model_id, first_seen_at, last_seen_at) VALUES (?, 'IPHONE_17_PRO', ?, ?)")
                .params(CUSTOMER, seen, seen).update();
        EngineClock.passTime(managementService, journey, Duration.ofDays(14));
        assertThat(jdbc.sql("SELECT template FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id")
                .param(CUSTOMER).query(String.class).list()).containsExactly("device-data-transfer", "tnps-survey");

        ResponseEntity<String> surveyAnswer = moment("evt-du-2", "SURVEY_ANSWERED", "EMAIL",
                "{\"score\": 10, \"journey\": \"device-upgrade\"}");
        assertThat(JsonPath.<String>read(surveyAnswer.getBody(), "$.status")).isEqualTo("CORRELATED");

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(journey).singleResult().getEndTime())
                .isNotNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(journey).variableName("outcome")
                .singleResult().getValue()).isEqualTo("UPGRADED");
        assertThat(jdbc.sql("SELECT condition_grade FROM cvm.device_recycling WHERE customer_id = ?").param(CUSTOMER)
                .query(String.class).single()).isEqualTo("B");
    }

    private void aVipCustomerWhoseLeaseEndsNextMonth() {
        LocalDate today = TestClock.today();
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Vera Store', '+34 699 000 001', 'vera@example.org', 'POSTPAID', 'VIP', DATE '2015-06-01', 9000, 90, 'ZZ', FALSE)""")
                .param(CUSTOMER).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end,
                                                      device_model, device_lease_end)
                        VALUES ('SUB-PGDU01', ?, 'MOBILE', 'Unlimited Max', '5G', 90, ?, 'iPhone 15', ?)""")
                .params(CUSTOMER, today.plusMonths(13), today.plusDays(40)).update();
        for (String channel : List.of("EMAIL", "SMS")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', ?, TRUE, ?)")
                    .params(CUSTOMER, channel, java.sql.Timestamp.from(TestClock.now())).update();
        }
    }

    private ResponseEntity<String> moment(String eventId, String type, String channel, String data) {
        return people.moment(eventId, CUSTOMER, type, channel, data);
    }
}
