package io.cvmjourneys.journeys.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.ChooseOutboundOffer;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.testsupport.JourneyProcessTest;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every path of the proactive retention journey, started by churn signs through the moments intake as
 * analytics and the channels send them, with the engine clock moved for every wait. Today is Monday
 * 23 November 2026. A fifth of customers form the program's control group here, so both groups can be
 * tested.
 */
@TestPropertySource(properties = "cvm.nba.holdout.proactive-retention=0.2")
class ProactiveRetentionProcessTest extends JourneyProcessTest {

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Autowired
    HoldoutGroups holdout;

    @Test
    void shouldOnlyWatchASignBelowTheRiskLine() {
        customerWith("MASS", true, false);
        sign(Map.of("signal", "RISK_SCORE", "score", 0.45));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_BelowRiskLine").hasNotPassed("Task_CheckControlGroup");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_AT_RISK");
        assertThat(variable("triageReason")).isEqualTo("The churn score is below 0.6: we watch, we do not act");
        assertThat(decisions()).as("no save, so no decision").isZero();
        assertThat(queued()).isEmpty();
    }

    @Test
    void shouldMatchACompetitorsPriceByEmailAndPutTheDiscountOnTheBillWhenAccepted() {
        customerWith("MASS", true, false);
        sign(Map.of("signal", "COMPETITOR_OFFER", "detail", "Rival Mobile offers 20GB for £12"));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForAnswer").hasNotPassed("Task_ChooseCallOffer");
        assertThat(variable(RetentionVariables.CHURN_REASON))
                .isEqualTo("Asked about a competitor's offer: Rival Mobile offers 20GB for £12");
        assertThat(variable(ChooseOutboundOffer.OFFER_CHANNEL)).isEqualTo("EMAIL");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("PRICE_MATCH_DISCOUNT");
        assertThat(variable(RetentionVariables.SAVE_TERMS)).isEqualTo("15% off your monthly bill for 12 months");
        assertThat(queued()).containsExactly("EMAIL save-offer");
        assertThat(JourneyRecords.messageParameters(jdbc, customer, "save-offer"))
                .contains("\"saveTerms\":\"15% off your monthly bill for 12 months\"");

        answer("ACCEPTED");

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ApplySaveOffer").isWaitingAt("Event_NinetyDaysWatched");
        assertThat(accountChanges()).containsExactly("DISCOUNT 15% for 12 months");
        assertThat(offerOutcome()).isEqualTo("ACCEPTED");
        assertThat(queued()).containsExactly("EMAIL save-offer", "EMAIL save-offer-confirmed");

        passTime(Duration.ofDays(90));
        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_Stayed");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("STAYED");
    }

    @Test
    void shouldTreatAWeekOfSilenceAsNoAnswerAndKeepWatching() {
        customerWith("SMALL_BUSINESS", true, false);
        sign(Map.of("signal", "BILL_SHOCK"));

        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("BILL_REVIEW");
        passTime(Duration.ofDays(6));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForAnswer");
        passTime(Duration.ofDays(1));

        BpmnAwareTests.assertThat(journey).hasPassed("Event_AnswerDeadlinePassed").hasNotPassed("Task_ApplySaveOffer")
                .isWaitingAt("Event_NinetyDaysWatched");
        assertThat(variable(RetentionVariables.SAVE_RESPONSE)).isEqualTo("NO_ANSWER");
        assertThat(offerOutcome()).isEqualTo("NO_ANSWER");
        assertThat(accountChanges()).isEmpty();
    }

    @Test
    void shouldHaveAnAgentCallAValuableCustomerHitByAnInterruptionAndCreditTheTrouble() {
        customerWith("HIGH_VALUE", true, false);
        sign(Map.of("signal", "SERVICE_INTERRUPTION", "detail", "No signal for two days in Area B"));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallAtRiskCustomer").hasNotPassed("Task_ChooseDigitalOffer");
        assertThat(JourneyRecords.candidateGroups(journey)).containsExactly("call-center");
        assertThat(variable("saveRoute")).isEqualTo("AGENT_CALL");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("LINE_CHECK_WITH_CREDIT");
        assertThat(((Number) variable("creditAmount")).doubleValue()).isEqualTo(20.0);

        passTime(Duration.ofDays(2).plusMinutes(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueSaveCall").isWaitingAt("Task_CallAtRiskCustomer");
        assertThat(JourneyRecords.candidateGroups(journey)).contains("call-center", "cvm-managers");

        complete(task(journey), withVariables(RetentionVariables.SAVE_RESPONSE, "ACCEPTED", "agentNote", "Engineer booked"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ApplySaveOffer").isWaitingAt("Event_NinetyDaysWatched");
        assertThat(accountChanges()).containsExactly("CREDIT 20.00 A line check by a technician, with a credit for the trouble");
        assertThat(offerOutcome()).as("the call's answer in the decision log").isEqualTo("ACCEPTED");
        assertThat(queued()).containsExactly("EMAIL save-offer-confirmed");
    }

    @Test
    void shouldHaveAnAgentCallWhenNoDigitalChannelMayCarryTheSave() {
        customerWith("MASS", false, false);
        sign(Map.of("signal", "BILL_SHOCK"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ChooseDigitalOffer", "Task_ChooseCallOffer")
                .isWaitingAt("Task_CallAtRiskCustomer");
        assertThat(variable(ChooseOutboundOffer.OFFER_CHANNEL)).isNull();
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("BILL_REVIEW");
        complete(task(journey), withVariables(RetentionVariables.SAVE_RESPONSE, "DECLINED"));

        BpmnAwareTests.assertThat(journey).hasNotPassed("Task_ApplySaveOffer").isWaitingAt("Event_NinetyDaysWatched");
        assertThat(offerOutcome()).isEqualTo("DECLINED");
        assertThat(queued()).isEmpty();
    }

    @Test
    void shouldStopWhereverItIsWhenTheCustomerAsksToLeave() {
        customerWith("VIP", true, false);
        sign(Map.of("signal", "RISK_SCORE", "score", 0.91));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallAtRiskCustomer");
        assertThat(variable(RetentionVariables.CHURN_REASON)).isEqualTo("The churn model sees a high risk (churn score 0.91)");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("LOYALTY_THANK_YOU_CREDIT");
        assertThat(((Number) variable("creditAmount")).doubleValue()).as("a larger thank-you for a VIP").isEqualTo(50.0);

        // what the cancellation journey's start does (ProgramsAtOneMomentTest starts one for real)
        BpmnAwareTests.runtimeService().correlateMessage(RetentionVariables.ASKED_TO_LEAVE, customer);

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_HandedOver").hasNotPassed("Task_RecordSaveAnswer");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("ASKED_TO_LEAVE");
        assertThat(BpmnAwareTests.taskService().createTaskQuery().processInstanceId(journey.getId()).count())
                .as("the call is off the agents' list").isZero();
    }

    @Test
    void shouldMakeNoOfferWhenTheOnlySaveForTheSignAlreadyReachedTheCustomer() {
        customerWith("MASS", true, false);
        jdbc.sql("INSERT INTO cvm.contact_history (customer_id, channel, action_id, decision_id, contacted_at) VALUES (?, ?, ?, ?, ?)")
                .params(customer, "CALL_CENTER", "PRIORITY_CARE", "DEC-EARLIER-" + customer,
                        Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(12)))).update();
        sign(Map.of("signal", "REPEATED_COMPLAINTS", "detail", "Third complaint about dropped calls this month"));

        BpmnAwareTests.assertThat(journey).as("a person calls those who complained again and again")
                .hasPassed("Task_ChooseCallOffer").isEnded().hasPassed("EndEvent_NothingToOffer");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_OFFERED");
        assertThat(jdbc.sql("SELECT suppressed FROM cvm.nba_decision WHERE customer_id = ?").param(customer)
                .query(String.class).single()).contains("PRIORITY_CARE", "Not offered twice");
    }

    @Test
    void shouldOnlyWatchACustomerOfTheControlGroupAndCountWhetherTheyStay() {
        customerWith("MASS", true, true);
        sign(Map.of("signal", "RISK_SCORE", "score", 0.8));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_NinetyDaysWatched").hasNotPassed("Gateway_SaveRoute");
        assertThat(variable(JourneyVariables.IN_CONTROL_GROUP)).isEqualTo(true);
        passTime(Duration.ofDays(90));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_Stayed");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("STAYED");
        assertThat(decisions()).isZero();
        assertThat(queued()).isEmpty();
    }

    @Test
    void shouldStartOneJourneyForRepeatedSignsOfTheSameCustomer() {
        customerWith("MASS", true, true);
        sign(Map.of("signal", "RISK_SCORE", "score", 0.7));

        MomentAnswer again = receive("again-" + customer, Map.of("signal", "BILL_SHOCK"));

        assertThat(again.status()).isEqualTo(MomentAnswer.Status.ALREADY_ACTIVE);
        assertThat(again.processInstanceId()).isEqualTo(journey.getId());
    }

    @Test
    void shouldRefuseABadSign() {
        customerWith("MASS", true, false);
        assertRefused(Map.of("signal", "RISK_SCORE"), "data.score", "a RISK_SCORE sign needs one");
        assertRefused(Map.of("signal", "RISK_SCORE", "score", 1.5), "data.score", "a number from 0 to 1");
        assertRefused(Map.of("signal", "BILL_SHOCK", "score", "high"), "data.score", "a number from 0 to 1");
        assertRefused(Map.of("signal", "BAD_MOOD"), "data.signal", "must be one of");
        assertRefused(Map.of("signal", "BILL_SHOCK", "detail", "x".repeat(301)), "data.detail", "1 to 300 characters");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE customer_id = ?").param(customer).query(Long.class).single())
                .as("a refused sign leaves nothing behind").isZero();

    }

    /** A contract customer of five years with one mobile line; {@code heldOut} picks an id inside or outside the control group. */
    private void customerWith(String segment, boolean consents, boolean heldOut) {
        do {
            customer = "CUST-PR%04d".formatted(CUSTOMERS.incrementAndGet());
        } while (holdout.isHeldOut(customer, RetentionVariables.PROGRAM) != heldOut);
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Rita Restless', ?, ?, 'POSTPAID', ?, DATE '2021-06-01', 2400, 32, 'ZZ', FALSE)""")
                .params(customer, "+44 7700 95" + customer.substring(7), consents ? "rita@example.org" : null, segment).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'MOBILE', 'Plus 60GB', '5G', 25, DATE '2027-09-01')""")
                .params("SUB-" + customer, customer).update();
        for (String channel : consents ? List.of("EMAIL", "SMS") : List.<String>of()) {
            for (String purpose : List.of("MARKETING", "SERVICE")) {
                jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, ?, TRUE, ?)")
                        .params(customer, purpose, channel, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
            }
        }
    }

    private void sign(Map<String, Object> data) {
        MomentAnswer answer = receive("sign-" + customer, data);
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
        runDueJobs();
    }

    private MomentAnswer receive(String eventId, Map<String, Object> data) {
        return intake.receive(new Moment(eventId, customer, MomentType.CHURN_RISK, Channel.WEB, TestClock.now(), new HashMap<>(data)));
    }

    private void answer(String answer) {
        MomentAnswer correlated = intake.receive(new Moment("answer-" + customer, customer, MomentType.OFFER_ANSWERED,
                Channel.EMAIL, TestClock.now(), Map.of("answer", answer, "journey", RetentionVariables.PROCESS_ID)));
        assertThat(correlated.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        runDueJobs();
    }

    private void assertRefused(Map<String, Object> data, String field, String says) {
        Refusals.assertBadRequest(() -> receive("bad-" + customer + data.hashCode(), data), field, says);
    }

    private long decisions() {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.nba_decision WHERE customer_id = ?").param(customer).query(Long.class).single();
    }

    /** The answer the decision log holds for the offer the journey made. */
    private String offerOutcome() {
        return jdbc.sql("SELECT outcome FROM cvm.nba_offer WHERE decision_id = ? AND action_id = ?")
                .params(variable(NextBestActionVariables.DECISION_ID), variable(NextBestActionVariables.BEST_ACTION))
                .query(String.class).single();
    }

    /** What the journey put on the account: "DISCOUNT 15% for 12 months", "CREDIT 20.00 reason". */
    private List<String> accountChanges() {
        return jdbc.sql("SELECT kind, percent_off, months, amount, reason FROM cvm.account_change WHERE customer_id = ? ORDER BY reference")
                .param(customer)
                .query((row, n) -> row.getString("kind").equals("DISCOUNT")
                        ? "DISCOUNT " + row.getInt("percent_off") + "% for " + row.getInt("months") + " months"
                        : row.getString("kind") + " " + row.getBigDecimal("amount").setScale(2).toPlainString() + " "
                                + row.getString("reason"))
                .list();
    }
}
