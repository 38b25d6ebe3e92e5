package io.cvmjourneys.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.retention.RetentionVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.testsupport.CurrentEngineForAssertions;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Where programs meet at one customer: a proactive save handing over to Cancellation & Winback, and
 * the next-best-action engine choosing between the save, a loyalty reward and a renewal due, in an
 * outage area and outside one. Each decision says why the programs it did not put first lost.
 * Today is Monday 23 November 2026.
 */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
@TestExecutionListeners(listeners = CurrentEngineForAssertions.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ProgramsAtOneMomentTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Autowired
    MomentIntake intake;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    private String customer;
    private ProcessInstance save;

    @BeforeEach
    void pinTheClock() {
        TestClock.pin(MONDAY_NINE);
    }

    @Test
    void aCustomerWhoTurnedTheSaveDownAndPortsOutIsNotOfferedItAgain() {
        customerWith("MASS", false, LocalDate.parse("2027-09-01"), "ZA");
        sign(Map.of("signal", "COMPETITOR_OFFER"));
        BpmnAwareTests.assertThat(save).as("no channel may carry the offer: an agent calls").isWaitingAt("Task_CallAtRiskCustomer");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("PRICE_MATCH_DISCOUNT");
        complete(task(save), withVariables(RetentionVariables.SAVE_RESPONSE, "DECLINED"));
        EngineClock.passTime(managementService, save.getId(), Duration.ofDays(10));

        MomentAnswer portOut = leave(MomentType.PORT_OUT_REQUEST, Channel.CALL_CENTER);

        BpmnAwareTests.assertThat(save).isEnded().hasPassed("EndEvent_HandedOver").hasNotPassed("EndEvent_Stayed");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("ASKED_TO_LEAVE");
        assertThat(portOut.journey()).isEqualTo("cancellation-winback");
        assertThat(proposed("PORT_OUT_REQUEST")).as("the cancellation team offers something new").isNotEmpty()
                .doesNotContain("PRICE_MATCH_DISCOUNT");
        assertThat(suppressed("PORT_OUT_REQUEST")).contains("PRICE_MATCH_DISCOUNT", "Not offered twice",
                "Already offered on 23 Nov 2026 through the call center: a save offer is made once");
    }

    @Test
    void aCustomerWhoAsksToLeaveBeforeTheSaveCallIsTakenOverByTheCancellationTeam() {
        customerWith("VIP", true, LocalDate.parse("2027-09-01"), "ZA");
        sign(Map.of("signal", "RISK_SCORE", "score", 0.91));
        BpmnAwareTests.assertThat(save).isWaitingAt("Task_CallAtRiskCustomer");

        leave(MomentType.CANCELLATION_REQUEST, Channel.STORE);

        BpmnAwareTests.assertThat(save).isEnded().hasPassed("EndEvent_HandedOver");
        assertThat(BpmnAwareTests.taskService().createTaskQuery().processInstanceId(save.getId()).count())
                .as("the save call is off the agents' list").isZero();
        assertThat(JourneyRecords.outcome(BpmnAwareTests.historyService(), save.getId())).isEqualTo("ASKED_TO_LEAVE");
    }

    @Test
    void aSignForACustomerWhoIsLeavingAlreadyStartsNoSecondSave() {
        customerWith("MASS", true, LocalDate.parse("2027-09-01"), "ZA");
        leave(MomentType.CANCELLATION_REQUEST, Channel.CALL_CENTER);

        Refusals.assertRefused(() -> receiveSign("late", Map.of("signal", "COMPETITOR_OFFER")), HttpStatus.CONFLICT,
                "customerId", "is in the cancellation journey");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE customer_id = ? AND type = 'CHURN_RISK'")
                .param(customer).query(Long.class).single()).isZero();
    }

    @Test
    void inAnOutageTheSaveIsAServiceAndTheLoyaltyRewardAndTheRenewalWait() {
        customerWith("VIP", true, LocalDate.parse("2026-12-20"), "ZB");
        jdbc.sql("INSERT INTO cvm.service_incident (id, area_code, kind, title, started_at) VALUES (?, 'ZB', 'MOBILE_OUTAGE',"
                        + " 'No mobile signal', ?)")
                .params("INC-" + customer, Timestamp.from(MONDAY_NINE.minus(Duration.ofHours(3)))).update();
        sign(Map.of("signal", "SERVICE_INTERRUPTION"));

        BpmnAwareTests.assertThat(save).isWaitingAt("Task_CallAtRiskCustomer");
        assertThat(proposed("CHURN_RISK")).as("the notice the law requires first, then the service").startsWith(
                "OUTAGE_NOTICE", "LINE_CHECK_WITH_CREDIT");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("LINE_CHECK_WITH_CREDIT");
        assertThat((String) variable(NextBestActionVariables.MANDATORY_NOTICES)).contains("outage");
        assertThat(suppressed("CHURN_RISK")).contains("\"actionId\":\"LOYALTY_REWARD\",\"rule\":\"Service disruption\"",
                "\"actionId\":\"CONTRACT_RENEWAL_OFFER\",\"rule\":\"Service disruption\"",
                "No mobile signal in area ZB since 06:00 (INC-" + customer + "): commercial offers wait until it is fixed");
    }

    @Test
    void outsideAnOutageRetentionComesFirstAndTheLoyaltyRewardWaits() {
        customerWith("VIP", true, LocalDate.parse("2026-12-20"), "ZC");
        sign(Map.of("signal", "RISK_SCORE", "score", 0.85));

        BpmnAwareTests.assertThat(save).isWaitingAt("Task_CallAtRiskCustomer");
        assertThat(proposed("CHURN_RISK")).contains("CONTRACT_RENEWAL_OFFER", "LOYALTY_THANK_YOU_CREDIT")
                .doesNotContain("LOYALTY_REWARD");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).as("the save journey presents its own program's offer")
                .isEqualTo("LOYALTY_THANK_YOU_CREDIT");
        assertThat(suppressed("CHURN_RISK")).contains("\"actionId\":\"LOYALTY_REWARD\",\"rule\":\"Retention first\"",
                "Customer is in the Proactive retention journey: only retention offers while it runs");
    }

    /** A postpaid customer since 2019 (a loyalty reward is due) with one mobile line whose contract ends as given. */
    private void customerWith(String segment, boolean consents, LocalDate contractEnd, String area) {
        customer = "CUST-AM%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Sam Several', ?, ?, 'POSTPAID', ?, DATE '2019-03-01', 3200, 40, ?, FALSE)""")
                .params(customer, "+44 7700 94" + customer.substring(7), consents ? "sam@example.org" : null, segment, area)
                .update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'MOBILE', 'Plus 60GB', '5G', 25, ?)""")
                .params("SUB-" + customer, customer, contractEnd).update();
        for (String channel : consents ? List.of("EMAIL", "SMS") : List.<String>of()) {
            for (String purpose : List.of("MARKETING", "SERVICE")) {
                jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, ?, TRUE, ?)")
                        .params(customer, purpose, channel, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
            }
        }
    }

    private void sign(Map<String, Object> data) {
        MomentAnswer answer = receiveSign("sign", data);
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        save = BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
        EngineClock.runDueJobs(managementService, save.getId());
    }

    private MomentAnswer receiveSign(String event, Map<String, Object> data) {
        return intake.receive(new Moment(event + "-" + customer, customer, MomentType.CHURN_RISK, Channel.WEB, TestClock.now(), data));
    }

    private MomentAnswer leave(MomentType type, Channel channel) {
        MomentAnswer answer = intake.receive(new Moment("leave-" + customer, customer, type, channel, TestClock.now(),
                Map.of("reason", "COMPETITOR_OFFER")));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        return answer;
    }

    private Object variable(String name) {
        return JourneyRecords.variable(save, name);
    }

    /** What the customer's decision at this moment proposed, in rank order. */
    private List<String> proposed(String moment) {
        return jdbc.sql("""
                        SELECT o.action_id FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id
                        WHERE d.customer_id = ? AND d.moment = ? ORDER BY d.decided_at DESC, o.rank_no""")
                .params(customer, moment).query(String.class).list();
    }

    /** What the customer's last decision at this moment ruled out, with each rule and reason, as logged (JSON). */
    private String suppressed(String moment) {
        return jdbc.sql("SELECT suppressed FROM cvm.nba_decision WHERE customer_id = ? AND moment = ? ORDER BY decided_at DESC")
                .params(customer, moment).query(String.class).list().get(0);
    }
}
