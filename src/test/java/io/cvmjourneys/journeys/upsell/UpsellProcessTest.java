package io.cvmjourneys.journeys.upsell;

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
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigDecimal;
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
import org.springframework.test.context.TestPropertySource;

/**
 * Every path of the up-sell and cross-sell journey, started and answered through the moments intake
 * as the network, billing and channels do, with the engine clock moved for every wait. Today is
 * Monday 23 November 2026: an upgrade taken today shows on the bill of 1 December, checked on the 8th.
 * A fifth of customers form the program's control group here, so both groups can be tested.
 */
@TestPropertySource(properties = "cvm.nba.holdout.upsell-cross-sell=0.2")
class UpsellProcessTest extends JourneyProcessTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();
    /** Customers of six months: a loyal prepaid customer would rather be offered a monthly plan than a bigger package. */
    private static final LocalDate SINCE = LocalDate.parse("2026-05-01");

    @Autowired
    HoldoutGroups holdout;

    @Test
    void shouldUpgradeThePlanWhenTheCustomerAcceptsTheEmailedOfferAndAskHowItWent() {
        customerWith("MASS", "POSTPAID", "MOBILE", "Essential 20GB", true, false);
        signal(MomentType.ALLOWANCE_EXCEEDED, Map.of("allowance", "DATA"));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForAnswer");
        assertThat(variable(JourneyVariables.IN_CONTROL_GROUP)).isEqualTo(false);
        assertThat(variable(UpsellVariables.UPGRADE_SIGNAL)).isEqualTo("Used up the data allowance of Essential 20GB before the month ended");
        assertThat(variable(ChooseOutboundOffer.OFFER_CHANNEL)).isEqualTo("EMAIL");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("PLAN_UPGRADE");
        assertThat(variable(UpsellVariables.UPGRADE_PLAN)).isEqualTo("Plus 60GB");
        assertThat(((Number) variable(UpsellVariables.UPGRADE_MONTHLY_FEE)).doubleValue()).isEqualTo(25.0);
        assertThat(queued()).containsExactly("EMAIL upgrade-offer");
        assertThat(sentParameters()).contains("\"upgradePlan\":\"Plus 60GB\"", "\"upgradeMonthlyFee\":\"25.00\"");

        answer("ACCEPTED");

        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_FirstNewBillChecked").hasPassed("Task_ApplyUpgrade", "Task_ConfirmUpgrade");
        assertThat(line()).isEqualTo("Plus 60GB 25.00");
        assertThat(offerOutcome()).isEqualTo("ACCEPTED");
        passTime(Duration.ofDays(14).plusHours(14));
        BpmnAwareTests.assertThat(journey).as("the bill of 1 December has been out a week on the 8th").isWaitingAt("Event_FirstNewBillChecked");
        passTime(Duration.ofHours(2));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_AskHowUpgradeWent").hasNotPassed("Task_CallAboutFirstBill");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("UPGRADED");
        assertThat(queued()).containsExactly("EMAIL upgrade-offer", "EMAIL upgrade-confirmation", "EMAIL tnps-survey");
    }

    @Test
    void shouldHaveAnAgentCallAboutTheFirstNewBillWhenTheCustomerComplainedSinceTheUpgrade() {
        customerWith("MASS", "POSTPAID", "MOBILE", "Plus 60GB", true, false);
        signal(MomentType.ALLOWANCE_EXCEEDED, Map.of("allowance", "VOICE"));
        answer("ACCEPTED");
        passTime(Duration.ofDays(3));
        fileComplaint("The bill is higher than the upgrade said", TestClock.now());

        passTime(Duration.ofDays(13));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallAboutFirstBill");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center");
        assertThat(variable(JourneyVariables.COMPLAINT_COUNT)).isEqualTo(1);
        assertThat(variable(JourneyVariables.COMPLAINT_SUMMARY)).isEqualTo("The bill is higher than the upgrade said");
        assertThat(line()).isEqualTo("Unlimited 35.00");

        passTime(Duration.ofDays(2).plusMinutes(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueBillCall").isWaitingAt("Task_CallAboutFirstBill");

        complete(task(journey), withVariables("billCallResult", "EXPLAINED"));

        BpmnAwareTests.assertThat(journey).isEnded().hasNotPassed("Task_AskHowUpgradeWent");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("UPGRADED_BILL_COMPLAINT");
    }

    @Test
    void shouldLeaveTheLineAsItIsWhenTheCustomerDeclines() {
        customerWith("MASS", "POSTPAID", "MOBILE", "Essential 20GB", true, false);
        signal(MomentType.ALLOWANCE_EXCEEDED, Map.of("allowance", "DATA"));

        answer("DECLINED");

        BpmnAwareTests.assertThat(journey).isEnded().hasNotPassed("Task_ApplyUpgrade");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_UPGRADED");
        assertThat(offerOutcome()).isEqualTo("DECLINED");
        assertThat(line()).isEqualTo("Essential 20GB 18.00");
    }

    @Test
    void shouldTreatTwoWeeksOfSilenceAsNoAnswer() {
        customerWith("MASS", "POSTPAID", "MOBILE", "Essential 20GB", true, false);
        signal(MomentType.ALLOWANCE_EXCEEDED, Map.of("allowance", "SMS"));

        passTime(Duration.ofDays(13));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForAnswer");
        passTime(Duration.ofDays(1));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Event_AnswerDeadlinePassed");
        assertThat(variable(UpsellVariables.UPGRADE_RESPONSE)).isEqualTo("NO_ANSWER");
        assertThat(offerOutcome()).isEqualTo("NO_ANSWER");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_UPGRADED");
    }

    @Test
    void shouldCountAPurchaseWhileTheOfferIsOutAsBoughtOnTheirOwn() {
        customerWith("MASS", "POSTPAID", "MOBILE", "Essential 20GB", true, false);
        signal(MomentType.ALLOWANCE_EXCEEDED, Map.of("allowance", "DATA"));

        bought("Unlimited, in the app");

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Event_BoughtAfterOffer").hasNotPassed("Task_ApplyUpgrade");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("BOUGHT_UNPROMPTED");
        assertThat(variable(UpsellVariables.BOUGHT_PRODUCT)).isEqualTo("Unlimited, in the app");
        assertThat(offerOutcome()).as("the offer itself went unanswered").isEqualTo("NO_ANSWER");
    }

    @Test
    void shouldOfferABiggerPackageToAPrepaidCustomerWhoseDataRanOutEarly() {
        customerWith("MASS", "PREPAID", "MOBILE", "Pay As You Go 15", true, false);
        signal(MomentType.PACKAGE_RAN_OUT_EARLY, Map.of("allowance", "DATA"));

        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("PREPAID_BIGGER_PACKAGE");
        assertThat(variable(UpsellVariables.UPGRADE_PLAN)).isEqualTo("Pay As You Go 20");
        assertThat(queued()).as("prepaid packages are offered by text, not e-mail").containsExactly("SMS upgrade-offer");
        answer("ACCEPTED");

        assertThat(line()).isEqualTo("Pay As You Go 20 20.00");
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_FirstNewBillChecked");
    }

    @Test
    void shouldOfferFasterFibreWhenTheHomeNetworkGainedDevices() {
        customerWith("MASS", "HOME", "BROADBAND", "Fibre 500", true, false);
        signal(MomentType.HOME_DEVICE_CHANGED, Map.of("change", "DEVICES_ADDED"));

        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("FIBRE_SPEED_UPGRADE");
        assertThat(variable(UpsellVariables.UPGRADE_PLAN)).isEqualTo("Fibre 1 Gig");
        assertThat(((Number) variable(UpsellVariables.UPGRADE_MONTHLY_FEE)).doubleValue()).isEqualTo(55.0);
        assertThat(variable(UpsellVariables.UPGRADE_SIGNAL)).isEqualTo("Home network on Fibre 500 changed: more devices on the wi-fi");
    }

    @Test
    void shouldHaveAnAgentCallWhenNoDigitalChannelMayCarryTheOffer() {
        customerWith("MASS", "POSTPAID", "MOBILE", "Essential 20GB", false, false);
        signal(MomentType.ALLOWANCE_EXCEEDED, Map.of("allowance", "DATA"));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_OfferUpgradeByPhone");
        assertThat(variable(ChooseOutboundOffer.OFFER_CHANNEL)).isNull();
        assertThat(queued()).isEmpty();

        complete(task(journey), withVariables(UpsellVariables.UPGRADE_RESPONSE, "ACCEPTED"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ApplyUpgrade").isWaitingAt("Event_FirstNewBillChecked");
        assertThat(offerOutcome()).as("the call's answer in the decision log").isEqualTo("ACCEPTED");
        assertThat(queued()).containsExactly("SMS upgrade-confirmation");
    }

    @Test
    void shouldHaveAnAgentCallAHighValueCustomerAndEscalateWhenNobodyCalls() {
        customerWith("HIGH_VALUE", "POSTPAID", "MOBILE", "Plus 60GB", true, false);
        signal(MomentType.ADDON_ACTIVATED, Map.of("addon", "WEARABLE_ESIM"));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_OfferUpgradeByPhone").hasNotPassed("Task_ChooseDigitalOffer");
        assertThat(variable(UpsellVariables.UPGRADE_ROUTE)).isEqualTo("AGENT_CALL");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("MULTI_DEVICE_PLAN");
        assertThat(((Number) variable(UpsellVariables.UPGRADE_MONTHLY_FEE)).doubleValue()).isEqualTo(33.0);

        passTime(Duration.ofDays(2).plusMinutes(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueUpgradeCall").isWaitingAt("Task_OfferUpgradeByPhone");

        complete(task(journey), withVariables(UpsellVariables.UPGRADE_RESPONSE, "NO_ANSWER"));
        BpmnAwareTests.assertThat(journey).isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_UPGRADED");
        assertThat(offerOutcome()).isEqualTo("NO_ANSWER");
    }

    @Test
    void shouldMakeNoOfferWhileTheCustomersComplaintIsOpen() {
        customerWith("HIGH_VALUE", "POSTPAID", "MOBILE", "Plus 60GB", true, false);
        fileComplaint("No signal at home for a week", MONDAY_NINE.minus(Duration.ofDays(2)));
        signal(MomentType.ALLOWANCE_EXCEEDED, Map.of("allowance", "DATA"));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_ChooseCallOffer").hasNotPassed("Task_OfferUpgradeByPhone");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_OFFERED");
        assertThat(queued()).isEmpty();
    }

    @Test
    void shouldOnlyWatchACustomerOfTheControlGroupAndCountWhatTheyBuyThemselves() {
        customerWith("MASS", "POSTPAID", "MOBILE", "Essential 20GB", true, true);
        signal(MomentType.ALLOWANCE_EXCEEDED, Map.of("allowance", "DATA"));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitWithoutOffer").hasNotPassed("BusinessRuleTask_ChooseUpgradeRoute");
        assertThat(variable(JourneyVariables.IN_CONTROL_GROUP)).isEqualTo(true);
        assertThat(queued()).isEmpty();

        bought("Plus 60GB");

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Event_BoughtWithoutOffer");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("BOUGHT_UNPROMPTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_decision WHERE customer_id = ?").param(customer).query(Long.class).single())
                .as("no offer, so no decision and no answer on record").isZero();
    }

    @Test
    void shouldEndTheWatchOfTheControlGroupAfterThirtyDays() {
        customerWith("MASS", "PREPAID", "MOBILE", "Pay As You Go 10", true, true);
        signal(MomentType.BALANCE_RAN_OUT, Map.of());

        passTime(Duration.ofDays(30).plusMinutes(1));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Event_ObservationEnded");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_UPGRADED");
        assertThat(queued()).isEmpty();
    }

    @Test
    void shouldStartOneJourneyForRepeatedSignsOfTheSameCustomer() {
        customerWith("MASS", "PREPAID", "MOBILE", "Pay As You Go 10", true, false);
        signal(MomentType.PACKAGE_EXPIRED, Map.of());

        MomentAnswer again = receive("again-" + customer, MomentType.BALANCE_RAN_OUT, Map.of());

        assertThat(again.status()).isEqualTo(MomentAnswer.Status.ALREADY_ACTIVE);
        assertThat(again.processInstanceId()).isEqualTo(journey.getId());
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("PACKAGE_AUTO_RENEW");
    }

    @Test
    void shouldRefuseASignThatDoesNotFitTheCustomersLines() {
        customerWith("MASS", "PREPAID", "MOBILE", "Pay As You Go 10", true, false);
        assertRefused(MomentType.ALLOWANCE_EXCEEDED, Map.of("allowance", "DATA"), "data.subscriptionId",
                "ALLOWANCE_EXCEEDED concerns a contract mobile line; customer " + customer + " has none");
        assertRefused(MomentType.HOME_DEVICE_CHANGED, Map.of("change", "DEVICES_ADDED"), "data.subscriptionId",
                "concerns a home broadband line");
        assertRefused(MomentType.PACKAGE_RAN_OUT_EARLY, Map.of(), "data.allowance", "data.allowance must be one of [DATA, VOICE, SMS]");
        assertRefused(MomentType.PACKAGE_RAN_OUT_EARLY, Map.of("allowance", "FUEL"), "data.allowance", "must be one of");
        assertRefused(MomentType.BALANCE_RAN_OUT, Map.of("subscriptionId", "SUB-NOBODY"), "data.subscriptionId",
                "has no running subscription SUB-NOBODY");
        assertRefused(MomentType.BALANCE_RAN_OUT, Map.of("subscriptionId", 42), "data.subscriptionId", "must be a subscription id as text");

        customerWith("MASS", "POSTPAID", "MOBILE", "Essential 20GB", true, false);
        assertRefused(MomentType.BALANCE_RAN_OUT, Map.of(), "data.subscriptionId", "BALANCE_RAN_OUT concerns a prepaid mobile line");
        assertRefused(MomentType.ADDON_ACTIVATED, Map.of("addon", 7), "data.addon", "data.addon must be one of");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE customer_id = ?").param(customer).query(Long.class).single())
                .as("a refused moment leaves nothing behind").isZero();
    }

    /** A customer with one line; {@code heldOut} picks an id inside or outside the program's control group. */
    private void customerWith(String segment, String type, String product, String plan, boolean consents, boolean heldOut) {
        do {
            customer = "CUST-UP%04d".formatted(CUSTOMERS.incrementAndGet());
        } while (holdout.isHeldOut(customer, UpsellVariables.PROGRAM) != heldOut);
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Uma Upgrader', ?, 'uma@example.org', ?, ?, ?, 1200, 30, 'B', FALSE)""")
                .params(customer, "+44 7700 9" + customer.substring(7), type, segment, SINCE).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, ?, ?, '5G', ?, ?)""")
                .params("SUB-" + customer, customer, product, plan, new BigDecimal(FEES.get(plan)),
                        type.equals("PREPAID") ? null : TODAY.plusYears(1)).update();
        if (consents) {
            for (String channel : List.of("EMAIL", "SMS")) {
                for (String purpose : List.of("MARKETING", "SERVICE")) {
                    jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, ?, TRUE, ?)")
                            .params(customer, purpose, channel, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
                }
            }
        } else {
            jdbc.sql("UPDATE cvm.customer SET email = NULL WHERE id = ?").param(customer).update();
        }
    }

    /** The demo base's monthly fee of each plan the tests use. */
    private static final Map<String, String> FEES = Map.of("Essential 20GB", "18.00", "Plus 60GB", "25.00",
            "Pay As You Go 10", "10.00", "Pay As You Go 15", "15.00", "Fibre 500", "38.00");

    private void fileComplaint(String summary, Instant filedAt) {
        jdbc.sql("""
                        INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at)
                        VALUES (?, ?, 'CALL_CENTER', 'BILLING', ?, ?)""")
                .params("CMP-" + customer + "-" + filedAt.getEpochSecond(), customer, summary, Timestamp.from(filedAt)).update();
    }

    private void signal(MomentType type, Map<String, Object> data) {
        MomentAnswer answer = receive("sign-" + customer, type, data);
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
        runDueJobs();
    }

    private MomentAnswer receive(String eventId, MomentType type, Map<String, Object> data) {
        return intake.receive(new Moment(eventId, customer, type, Channel.APP, TestClock.now(), data));
    }

    private void answer(String answer) {
        MomentAnswer correlated = intake.receive(new Moment("answer-" + customer, customer, MomentType.OFFER_ANSWERED,
                Channel.EMAIL, TestClock.now(), Map.of("answer", answer, "journey", UpsellVariables.PROCESS_ID)));
        assertThat(correlated.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        runDueJobs();
    }

    private void bought(String product) {
        MomentAnswer correlated = intake.receive(new Moment("bought-" + customer, customer, MomentType.PRODUCT_PURCHASED,
                Channel.APP, TestClock.now(), Map.of("product", product)));
        assertThat(correlated.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        runDueJobs();
    }

    private void assertRefused(MomentType type, Map<String, Object> data, String field, String says) {
        Refusals.assertBadRequest(() -> receive("bad-" + customer + type + data.hashCode(), type, data), field, says);
    }

    private String sentParameters() {
        return jdbc.sql("SELECT parameters FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id").param(customer)
                .query(String.class).list().get(0);
    }

    /** The line as the customer's account has it: plan and monthly fee. */
    private String line() {
        return jdbc.sql("SELECT plan, monthly_fee FROM cvm.subscription WHERE id = ?").param("SUB-" + customer)
                .query((row, n) -> row.getString("plan") + " " + row.getBigDecimal("monthly_fee").setScale(2).toPlainString())
                .single();
    }

    /** The answer the decision log holds for the offer the journey made. */
    private String offerOutcome() {
        return jdbc.sql("SELECT outcome FROM cvm.nba_offer WHERE decision_id = ? AND action_id = ?")
                .params(variable(NextBestActionVariables.DECISION_ID), variable(NextBestActionVariables.BEST_ACTION))
                .query(String.class).single();
    }
}
