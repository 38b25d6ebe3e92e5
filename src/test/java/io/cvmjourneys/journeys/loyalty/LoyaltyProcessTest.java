package io.cvmjourneys.journeys.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.loyalty.LoyaltyBehaviour;
import io.cvmjourneys.loyalty.LoyaltyEarnings;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.testsupport.JourneyProcessTest;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the loyalty membership, joined through the moments intake, with the engine clock
 * moved to each first of the month. Today is Monday 23 November 2026: the first review is on
 * 1 December at nine.
 */
class LoyaltyProcessTest extends JourneyProcessTest {

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();
    private static final Instant FIRST_REVIEW = Instant.parse("2026-12-01T09:00:00Z");

    @Autowired
    LoyaltyEarnings earnings;

    @Test
    void shouldWelcomeTheMemberWithPointsAndSummariseEveryMonth() {
        join();

        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_FirstOfTheMonth");
        assertThat(variable(LoyaltyVariables.POINTS_BALANCE)).isEqualTo(500);
        assertThat(variable(LoyaltyVariables.NEXT_REVIEW_AT)).isEqualTo(java.util.Date.from(FIRST_REVIEW));
        assertThat(queued()).containsExactly("EMAIL loyalty-welcome");
        assertThat(JourneyRecords.messageParameters(jdbc, customer, "loyalty-welcome")).contains("\"pointsBalance\":\"500\"");

        passTime(Duration.between(TestClock.now(), FIRST_REVIEW));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_FirstOfTheMonth").hasPassed("Task_SendMonthlySummary")
                .hasNotPassed("Task_WelcomeToGold", "Task_RemindOfExpiringPoints");
        assertThat(variable(LoyaltyVariables.TIER)).isEqualTo("BRONZE");
        assertThat(queued()).containsExactly("EMAIL loyalty-welcome", "EMAIL loyalty-summary");
        assertThat(JourneyRecords.messageParameters(jdbc, customer, "loyalty-summary")).contains("\"tierName\":\"Bronze\"");

        passTime(Duration.ofDays(31));
        assertThat(queued()).as("January's summary is a message of its own").containsExactly("EMAIL loyalty-welcome",
                "EMAIL loyalty-summary", "EMAIL loyalty-summary");

        passTime(Duration.ofDays(31 + 28 + 31));
        assertThat(ledger()).as("a customer since April 2022: another year with us on 1 April").containsExactly("EARN 500", "EARN 250");
        assertThat(variable(LoyaltyVariables.POINTS_BALANCE)).isEqualTo(750);
    }

    @Test
    void shouldHaveAnAgentWelcomeANewGoldMemberAndEscalateWhenNobodyCalls() {
        join();
        earnings.earn(customer, LoyaltyBehaviour.BILL_SPEND, BigDecimal.valueOf(4200), "bill-" + customer, Channel.WEB, "billing");

        passTime(Duration.between(TestClock.now(), FIRST_REVIEW));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_WelcomeToGold");
        assertThat(variable(LoyaltyVariables.TIER)).isEqualTo("GOLD");
        assertThat(variable(LoyaltyVariables.POINTS_LAST_12_MONTHS)).isEqualTo(4700);
        assertThat(JourneyRecords.candidateGroups(journey)).containsExactly("call-center");
        passTime(Duration.ofDays(3).plusMinutes(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueGoldCall").isWaitingAt("Task_WelcomeToGold");

        complete(task(journey), withVariables(LoyaltyVariables.GOLD_CALL_RESULT, "EVENT_INVITE", "agentNote", "Loves jazz"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendMonthlySummary").isWaitingAt("Event_FirstOfTheMonth");
        assertThat(tier()).isEqualTo("GOLD");
        passTime(Duration.ofDays(31));
        BpmnAwareTests.assertThat(journey).as("Gold already: no second welcome call").isWaitingAt("Event_FirstOfTheMonth");
    }

    @Test
    void shouldRemindOfPointsAboutToExpireThenExpireThemOldestFirst() {
        join();
        // 300 points earned eleven months and a half ago, 100 of them spent since
        book("EARN", 300, "old-" + customer, LocalDate.parse("2026-12-20"));
        book("REDEEM", -100, "spent-" + customer, null);

        passTime(Duration.between(TestClock.now(), FIRST_REVIEW));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_RemindOfExpiringPoints").isWaitingAt("Event_FirstOfTheMonth");
        assertThat(variable(LoyaltyVariables.POINTS_EXPIRING_SOON)).isEqualTo(200);
        assertThat(variable(LoyaltyVariables.EXPIRING_BY)).isEqualTo("20 Dec 2026");
        assertThat(queued()).containsExactly("EMAIL loyalty-welcome", "EMAIL loyalty-points-expiring", "EMAIL loyalty-summary");

        passTime(Duration.ofDays(31));

        assertThat(variable(LoyaltyVariables.POINTS_EXPIRED)).isEqualTo(200);
        assertThat(variable(LoyaltyVariables.POINTS_BALANCE)).as("the welcome points stay").isEqualTo(500);
        assertThat(ledger()).contains("EXPIRE -200");
    }

    @Test
    void shouldLetThePointsLapseWhenTheMemberLeaves() {
        join();

        MomentAnswer left = intake.receive(new Moment("left-" + customer, customer, MomentType.LOYALTY_LEFT, Channel.APP,
                TestClock.now(), Map.of()));

        assertThat(left.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_CloseMembership", "EndEvent_MembershipClosed");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LEFT");
        assertThat(ledger()).containsExactly("EARN 500", "LAPSE -500");
        assertThat(jdbc.sql("SELECT left_at FROM cvm.loyalty_member WHERE customer_id = ?").param(customer)
                .query(Timestamp.class).single()).isNotNull();
    }

    private void join() {
        customer = "CUST-LY%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Lou Loyal', ?, 'lou@example.org', 'POSTPAID', 'MASS', DATE '2022-04-01', 1500, 30, 'ZZ', FALSE)""")
                .params(customer, "+44 7700 93" + customer.substring(7)).update();
        MomentAnswer answer = intake.receive(new Moment("join-" + customer, customer, MomentType.LOYALTY_JOINED, Channel.APP,
                TestClock.now(), Map.of()));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
        runDueJobs();
    }

    private void book(String kind, int points, String reference, LocalDate expiresOn) {
        jdbc.sql("""
                        INSERT INTO cvm.loyalty_ledger (customer_id, kind, points, reason, reference, booked_at, expires_on)
                        VALUES (?, ?, ?, 'Booked by the test', ?, ?, ?)""")
                .params(customer, kind, points, reference, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(340))),
                        expiresOn == null ? null : Date.valueOf(expiresOn))
                .update();
    }

    private String tier() {
        return jdbc.sql("SELECT tier FROM cvm.loyalty_member WHERE customer_id = ?").param(customer).query(String.class).single();
    }

    /** The member's ledger as "KIND points", oldest first. */
    private List<String> ledger() {
        return jdbc.sql("SELECT kind, points FROM cvm.loyalty_ledger WHERE customer_id = ? ORDER BY booked_at, id").param(customer)
                .query((row, n) -> row.getString("kind") + " " + row.getInt("points")).list();
    }
}
