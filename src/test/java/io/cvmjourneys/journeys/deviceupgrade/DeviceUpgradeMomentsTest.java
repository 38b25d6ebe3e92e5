package io.cvmjourneys.journeys.deviceupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.journeys.DailyMomentScans;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * How moments reach the device-upgrade journey: the daily lease scan raises each lease once, and a
 * customer's answer reaches the journey it names when another journey waits for an answer too.
 */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
class DeviceUpgradeMomentsTest {

    @Autowired
    DeviceLeaseScan scan;
    @Autowired
    DailyMomentScans scans;
    @Autowired
    MomentIntake intake;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDailyScanStartsOneJourneyPerLeaseEndingInTheWindowHoweverOftenItRuns() {
        customerWithLease("CUST-SCAN01", 10, null);
        customerWithLease("CUST-SCAN02", 29, null);
        customerWithLease("CUST-SCAN03", 45, null);
        customerWithLease("CUST-SCAN04", 5, today().minusDays(3));

        Map<MomentAnswer.Status, Integer> first = scans.run(scan);
        Map<MomentAnswer.Status, Integer> second = scans.run(scan);

        assertThat(first).containsExactlyEntriesOf(Map.of(MomentAnswer.Status.STARTED, 2));
        assertThat(second).as("the same leases, answered as before").isEqualTo(first);
        assertThat(journeysOf("CUST-SCAN01")).isEqualTo(1);
        assertThat(journeysOf("CUST-SCAN02")).isEqualTo(1);
        assertThat(journeysOf("CUST-SCAN03")).as("lease ends after the 30-day window").isZero();
        assertThat(journeysOf("CUST-SCAN04")).as("line cancelled").isZero();
        assertThat(jdbc.sql("SELECT event_id FROM cvm.moment_event WHERE type = 'DEVICE_LEASE_ENDING' ORDER BY event_id")
                .query(String.class).list()).containsExactly(
                "lease-ending:CUST-SCAN01:SUB-CUST-SCAN01:" + today().plusDays(10),
                "lease-ending:CUST-SCAN02:SUB-CUST-SCAN02:" + today().plusDays(29));
    }

    @Test
    void anAnswerReachesTheJourneyItNamesWhenTheCancellationJourneyWaitsForAnAnswerToo() {
        customerWithLease("CUST-BOTH01", 20, null);
        String deviceUpgrade = receive("both-1", MomentType.UPGRADE_REQUESTED, Map.of()).processInstanceId();
        String cancellation = receive("both-2", MomentType.CANCELLATION_REQUEST, Map.of("reason", "PRICE")).processInstanceId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(cancellation).singleResult().getId(),
                Map.of("offerResponse", "THINKING", "discountPercent", 10L));
        assertThat(waitingAt(deviceUpgrade)).contains("Gateway_WaitForAnswer");
        assertThat(waitingAt(cancellation)).contains("Gateway_WaitForAnswer");

        MomentAnswer toDevice = receive("both-3", MomentType.OFFER_ANSWERED,
                Map.of("answer", "ACCEPTED", "processInstanceId", deviceUpgrade));
        assertThat(toDevice.journey()).isEqualTo("device-upgrade");
        assertThat(toDevice.processInstanceId()).isEqualTo(deviceUpgrade);
        assertThat(waitingAt(deviceUpgrade)).containsExactly("Task_GradeTradeIn");
        assertThat(waitingAt(cancellation)).as("still waiting for its own answer").contains("Gateway_WaitForAnswer");

        assertThatThrownBy(() -> receive("both-4", MomentType.OFFER_ANSWERED, Map.of("answer", "DECLINED", "journey", "loyalty")))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(refused.getMessage()).contains("cancellation-winback", "device-upgrade");
                });
        MomentAnswer toCancellation = receive("both-5", MomentType.OFFER_ANSWERED,
                Map.of("answer", "DECLINED", "journey", "cancellation-winback"));
        assertThat(toCancellation.processInstanceId()).isEqualTo(cancellation);
        assertThat(waitingAt(cancellation)).doesNotContain("Gateway_WaitForAnswer");
    }

    private MomentAnswer receive(String eventId, MomentType type, Map<String, Object> data) {
        return intake.receive(new Moment(eventId, "CUST-BOTH01", type, Channel.APP, TestClock.now(), data));
    }

    private List<String> waitingAt(String journey) {
        return runtimeService.getActiveActivityIds(journey);
    }

    private long journeysOf(String customer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DeviceUpgradeVariables.PROCESS_ID)
                .processInstanceBusinessKey(customer).count();
    }

    private void customerWithLease(String customer, int leaseEndsInDays, LocalDate cancelledOn) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Lee Scanner', ?, 'lee@example.org', 'POSTPAID', 'MASS', DATE '2020-01-01', 1200, 40, 'A03', FALSE)""")
                .params(customer, "+34 633 " + customer.substring(5)).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end,
                                                      device_model, device_lease_end, cancelled_on)
                        VALUES (?, ?, 'MOBILE', 'Plus 60GB', '5G', 40, ?, 'Galaxy A56', ?, ?)""")
                .params("SUB-" + customer, customer, today().plusMonths(12), today().plusDays(leaseEndsInDays), cancelledOn)
                .update();
        for (String purpose : List.of("MARKETING", "SERVICE")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'EMAIL', TRUE, ?)")
                    .params(customer, purpose, Timestamp.from(TestClock.now().minus(Duration.ofDays(30)))).update();
        }
    }

    private static LocalDate today() {
        return TestClock.today();
    }
}
