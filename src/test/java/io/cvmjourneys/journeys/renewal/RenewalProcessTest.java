package io.cvmjourneys.journeys.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.testsupport.JourneyProcessTest;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every path of the contract-renewal journey, started and answered through the moments intake as
 * the billing system and the channels do, with the engine clock moved for every wait. Today is
 * Monday 23 November 2026; the contracts end on Friday 15 January 2027. A fifth of customers form the
 * program's control group here.
 */
@TestPropertySource(properties = "cvm.nba.holdout.contract-renewal=0.2")
class RenewalProcessTest extends JourneyProcessTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LocalDate CONTRACT_END = LocalDate.parse("2027-01-15");
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Autowired
    HoldoutGroups holdout;

    @Test
    void shouldRenewOnlineWhenTheCustomerAcceptsTheEmailedOffer() {
        customerWith("MASS", "POSTPAID", "MOBILE", CONTRACT_END, true);
        contractEnds();

        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForRenewalAnswer");
        assertThat(variable(RenewalVariables.RENEWAL_ROUTE)).isEqualTo("DIGITAL");
        assertThat(variable(RenewalVariables.RENEWAL_CHANNEL)).isEqualTo("EMAIL");
        assertThat(variable(RenewalVariables.RENEWAL_OFFER)).isEqualTo("CONTRACT_RENEWAL_OFFER");
        assertThat(queued()).containsExactly("EMAIL renewal-offer");

        answer("ACCEPTED");

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_ApplyRenewal", "Task_ConfirmRenewal");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("RENEWED");
        assertThat(offerOutcome()).isEqualTo("ACCEPTED");
        assertThat(queued()).containsExactly("EMAIL renewal-offer", "EMAIL renewal-confirmation");
        assertThat(line()).isEqualTo("Renewal, 12 months 30.00 " + TODAY.plusMonths(12));
        assertThat(variable(RenewalVariables.NEW_CONTRACT_END)).isEqualTo(TODAY.plusMonths(12).toString());
    }

    @Test
    void shouldExplainTheNextBillWhenTheCustomerDeclines() {
        customerWith("MASS", "POSTPAID", "MOBILE", CONTRACT_END, true);
        contractEnds();

        answer("DECLINED");

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_ExplainNextBill").hasNotPassed("Task_ApplyRenewal");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_RENEWED");
        assertThat(offerOutcome()).isEqualTo("DECLINED");
        assertThat(queued()).containsExactly("EMAIL renewal-offer", "EMAIL out-of-contract-notice");
        assertThat(line()).isEqualTo("Unlimited 5G 30.00 " + CONTRACT_END);
    }

    @Test
    void shouldTreatSilenceTwoWeeksBeforeTheEndAsNoAnswer() {
        customerWith("MASS", "POSTPAID", "MOBILE", CONTRACT_END, true);
        contractEnds();

        passTime(Duration.ofDays(38));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForRenewalAnswer");
        passTime(Duration.ofDays(1));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Event_AnswerDeadlinePassed", "Task_ExplainNextBill");
        assertThat(variable(RenewalVariables.RENEWAL_RESPONSE)).isEqualTo("NO_ANSWER");
        assertThat(offerOutcome()).isEqualTo("NO_ANSWER");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_RENEWED");
    }

    @Test
    void shouldOnlyWatchACustomerOfTheControlGroupAndCountTheirOwnRenewal() {
        customerWith("MASS", "POSTPAID", "MOBILE", CONTRACT_END, true, true);
        contractEnds();

        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WatchWithoutOffer").hasNotPassed("BusinessRuleTask_ChooseRenewalTerms");
        assertThat(variable(JourneyVariables.IN_CONTROL_GROUP)).isEqualTo(true);
        MomentAnswer renewed = intake.receive(new Moment("own-" + customer, customer, MomentType.PRODUCT_PURCHASED, Channel.APP,
                TestClock.now(), Map.of("product", "A new 24-month contract", "journey", RenewalVariables.PROCESS_ID)));

        assertThat(renewed.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        BpmnAwareTests.assertThat(journey).isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("RENEWED_UNPROMPTED");
        assertThat(variable(RenewalVariables.RENEWED_WITH)).isEqualTo("A new 24-month contract");
        assertThat(queued()).as("no offer to the control group").isEmpty();
    }

    @Test
    void shouldExplainTheNextBillToACustomerOfTheControlGroupWhoDidNotRenew() {
        customerWith("MASS", "POSTPAID", "MOBILE", CONTRACT_END, true, true);
        contractEnds();

        passTime(Duration.ofDays(39));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Event_ControlDeadlinePassed", "Task_ExplainNextBill");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_RENEWED");
        assertThat(queued()).containsExactly("EMAIL out-of-contract-notice");
    }

    @Test
    void shouldHaveAnAgentCallWhenNoDigitalChannelMayCarryTheOffer() {
        customerWith("MASS", "POSTPAID", "MOBILE", CONTRACT_END, false);
        contractEnds();

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_OfferRenewalByPhone");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center");
        assertThat(variable(RenewalVariables.RENEWAL_CHANNEL)).isNull();
        assertThat(queued()).isEmpty();
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).as("the agent may present it on the call")
                .isEqualTo("CONTRACT_RENEWAL_OFFER");

        complete(task(journey), withVariables(RenewalVariables.RENEWAL_RESPONSE, "NO_ANSWER"));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_ExplainNextBill");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_RENEWED");
        assertThat(queued()).containsExactly("SMS out-of-contract-notice");
    }

    @Test
    void shouldHaveAnAgentOfferLoyaltyTermsToAHighValueCustomer() {
        customerWith("VIP", "POSTPAID", "MOBILE", CONTRACT_END, true);
        contractEnds();

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_OfferRenewalByPhone");
        assertThat(variable(RenewalVariables.RENEWAL_PLAN)).isEqualTo("Loyalty renewal, 24 months");
        assertThat(((Number) variable(RenewalVariables.RENEWAL_MONTHLY_FEE)).doubleValue()).isEqualTo(25.5);

        assertThat(variable(NextBestActionVariables.BEST_ACTION)).as("the offer the agent presents").isEqualTo("CONTRACT_RENEWAL_OFFER");
        assertThat(variable(NextBestActionVariables.NO_OFFER_REASON)).isNull();

        complete(task(journey), withVariables(RenewalVariables.RENEWAL_RESPONSE, "ACCEPTED"));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_ApplyRenewal");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("RENEWED");
        assertThat(callOutcome()).as("the call's answer in the decision log").isEqualTo("ACCEPTED");
        assertThat(line()).isEqualTo("Loyalty renewal, 24 months 25.50 " + TODAY.plusMonths(24));
        assertThat(queued()).containsExactly("EMAIL renewal-confirmation");
    }

    @Test
    void shouldCallWithoutAnOfferWhileTheCustomersComplaintIsOpen() {
        customerWith("VIP", "POSTPAID", "MOBILE", CONTRACT_END, true);
        jdbc.sql("""
                        INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at)
                        VALUES (?, ?, 'CALL_CENTER', 'NETWORK', 'No signal at home for a week', ?)""")
                .params("CMP-" + customer, customer, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(2)))).update();
        contractEnds();

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_OfferRenewalByPhone");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isNull();
        assertThat(variable(NextBestActionVariables.NO_OFFER_REASON)).asString().startsWith("No offer of Renewals fits this customer now");

        complete(task(journey), withVariables(RenewalVariables.RENEWAL_RESPONSE, "DECLINED"));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_ExplainNextBill");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id"
                + " WHERE d.customer_id = ? AND o.outcome IS NOT NULL").param(customer).query(Long.class).single())
                .as("no answer recorded to an offer nobody made").isZero();
    }

    @Test
    void shouldEscalateARenewalCallNobodyMadeInTwoDays() {
        customerWith("VIP", "POSTPAID", "MOBILE", CONTRACT_END, true);
        contractEnds();

        passTime(Duration.ofDays(2).plusMinutes(1));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueRenewalCall").isWaitingAt("Task_OfferRenewalByPhone");
    }

    @Test
    void shouldRenewTheLineTheMomentNamesAndStartNoSecondJourney() {
        customerWith("MASS", "POSTPAID", "MOBILE", CONTRACT_END, true);
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'BROADBAND', 'Home broadband', 'FIBRE', 40.00, ?)""")
                .params("HOME-" + customer, customer, CONTRACT_END.minusDays(10)).update();

        MomentAnswer started = receive("ending-" + customer, Map.of("subscriptionId", "SUB-" + customer));
        MomentAnswer again = receive("ending-again-" + customer, Map.of());

        assertThat(started.status()).isEqualTo(MomentAnswer.Status.STARTED);
        assertThat(again.status()).isEqualTo(MomentAnswer.Status.ALREADY_ACTIVE);
        assertThat(again.processInstanceId()).isEqualTo(started.processInstanceId());
        journey = instance(started);
        assertThat(variable(RenewalVariables.SUBSCRIPTION_ID)).isEqualTo("SUB-" + customer);
        assertThat(variable(RenewalVariables.CURRENT_PLAN)).isEqualTo("Unlimited 5G");
    }

    @Test
    void shouldRefuseAMomentWithoutAContractEndingInTheRenewalWindow() {
        customerWith("MASS", "PREPAID", "MOBILE", null, true);
        assertRefused(Map.of(), "has no contract ending between " + TODAY.plusDays(7) + " and " + TODAY.plusDays(120));

        jdbc.sql("DELETE FROM cvm.subscription WHERE customer_id = ?").param(customer).update();
        assertRefused(Map.of(), "has no contract ending between");

        customerWith("MASS", "POSTPAID", "MOBILE", TODAY.plusDays(3), true);
        assertRefused(Map.of(), "has no contract ending between");
        assertRefused(Map.of("subscriptionId", "SUB-NOBODY"), "has no running subscription SUB-NOBODY");
        assertRefused(Map.of("subscriptionId", 42), "must be a subscription id as text");
    }

    private void customerWith(String segment, String type, String product, LocalDate contractEnd, boolean emailConsent) {
        customerWith(segment, type, product, contractEnd, emailConsent, false);
    }

    /** {@code heldOut} picks an id inside or outside the program's control group. */
    private void customerWith(String segment, String type, String product, LocalDate contractEnd, boolean emailConsent,
                              boolean heldOut) {
        do {
            customer = "CUST-RN%04d".formatted(CUSTOMERS.incrementAndGet());
        } while (holdout.isHeldOut(customer, RenewalVariables.PROGRAM) != heldOut);
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Robin Renewer', ?, 'robin@example.org', ?, ?, DATE '2024-11-01', 1200, 30, 'B', FALSE)""")
                .params(customer, "+44 7700 8" + customer.substring(7), type, segment).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, ?, 'Unlimited 5G', '5G', 30.00, ?)""")
                .params("SUB-" + customer, customer, product, contractEnd).update();
        if (emailConsent) {
            for (String purpose : List.of("MARKETING", "SERVICE")) {
                jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'EMAIL', TRUE, ?)")
                        .params(customer, purpose, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
            }
        } else {
            jdbc.sql("UPDATE cvm.customer SET email = NULL WHERE id = ?").param(customer).update();
        }
    }

    private void contractEnds() {
        MomentAnswer answer = receive("ending-" + customer, Map.of());
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = instance(answer);
        runDueJobs();
    }

    private MomentAnswer receive(String eventId, Map<String, Object> data) {
        return intake.receive(new Moment(eventId, customer, MomentType.CONTRACT_ENDING, Channel.WEB, TestClock.now(), data));
    }

    private ProcessInstance instance(MomentAnswer answer) {
        return BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
    }

    private void answer(String answer) {
        MomentAnswer correlated = intake.receive(new Moment("answer-" + customer, customer, MomentType.OFFER_ANSWERED,
                Channel.EMAIL, TestClock.now(), Map.of("answer", answer, "journey", RenewalVariables.PROCESS_ID)));
        assertThat(correlated.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        runDueJobs();
    }

    private void assertRefused(Map<String, Object> data, String says) {
        Refusals.assertBadRequest(() -> receive("bad-" + customer + data.hashCode(), data), "data.subscriptionId", says);
    }

    /** The renewed line as the customer's account has it: plan, fee and contract end. */
    private String line() {
        return jdbc.sql("SELECT plan, monthly_fee, contract_end FROM cvm.subscription WHERE id = ?").param("SUB-" + customer)
                .query((row, n) -> row.getString("plan") + " " + row.getBigDecimal("monthly_fee").setScale(2).toPlainString()
                        + " " + row.getDate("contract_end").toLocalDate())
                .single();
    }

    /** The answer the decision log holds for the offer the call presented. */
    private String callOutcome() {
        return outcomeOf(NextBestActionVariables.DECISION_ID, NextBestActionVariables.BEST_ACTION);
    }

    /** The answer the decision log holds for the offer sent by message. */
    private String offerOutcome() {
        return outcomeOf(RenewalVariables.RENEWAL_DECISION_ID, RenewalVariables.RENEWAL_OFFER);
    }

    private String outcomeOf(String decisionVariable, String actionVariable) {
        return jdbc.sql("SELECT outcome FROM cvm.nba_offer WHERE decision_id = ? AND action_id = ?")
                .params(variable(decisionVariable), variable(actionVariable)).query(String.class).single();
    }
}
