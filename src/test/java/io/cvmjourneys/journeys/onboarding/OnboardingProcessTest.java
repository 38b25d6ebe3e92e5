package io.cvmjourneys.journeys.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.testsupport.JourneyProcessTest;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * Every path of a new customer's first 90 days, started and fed through the moments intake as sales,
 * the network and the app do, with the engine clock moved for every wait. The customers join on
 * Monday 23 November 2026: their first bill comes on 1 December (8 days of November and December in
 * advance) and is explained on the 28th; the week's check falls on the 30th, the check-in on
 * 22 January, the look back on 21 February. A fifth of customers form the control group here.
 */
@TestPropertySource(properties = "cvm.nba.holdout.onboarding-activation=0.2")
class OnboardingProcessTest extends JourneyProcessTest {

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Autowired
    HoldoutGroups holdout;

    @Test
    void shouldWelcomeExplainTheFirstBillBeforeItComesAndFindTheServiceAdoptedAtDayNinety() {
        newCustomer("MASS", "POSTPAID", "MOBILE", "Essential 20GB", false);
        joined(MomentType.CONTRACT_SIGNED);

        assertThat(queued()).containsExactly("EMAIL onboarding-welcome");
        used("CALL");
        used("DATA");
        used("APP_LOGIN");
        assertThat(variable(OnboardingVariables.FIRST_USED_AT)).as("the first call is when the service started")
                .isEqualTo(java.util.Date.from(MONDAY_NINE));

        passTime(Duration.ofDays(4).plusHours(15));
        assertThat(queued()).as("on the 28th, three days before the bill of 1 December")
                .containsExactly("EMAIL onboarding-welcome", "EMAIL onboarding-first-bill");
        assertThat(parametersOf("onboarding-first-bill")).contains("\"firstBillAmount\":\"22.80\"",
                "\"startingDaysCharge\":\"4.80\"", "\"startingDays\":\"8\"", "\"monthlyFee\":\"18.00\"", "\"plan\":\"Essential 20GB\"")
                .contains("Dec 2026");

        passTime(Duration.ofDays(3));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_CheckEarlyLife").isWaitingAt("Event_CheckInDue");
        assertThat(variable(OnboardingVariables.EARLY_CARE)).isEqualTo("NONE");

        passTime(Duration.ofDays(53));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_AskHowItIsGoing").isWaitingAt("Event_AdoptionCheckDue");
        assertThat(queued()).endsWith("EMAIL tnps-survey");

        passTime(Duration.ofDays(30));
        BpmnAwareTests.assertThat(journey).isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("ADOPTED");
    }

    @Test
    void shouldSendSetUpTipsWhenNothingIsUsedAfterAWeekAndFindLowUsageAtDayNinety() {
        newCustomer("MASS", "POSTPAID", "MOBILE", "Essential 20GB", false);
        joined(MomentType.CONTRACT_SIGNED);

        passTime(Duration.ofDays(7));

        assertThat(variable(OnboardingVariables.EARLY_CARE)).isEqualTo("TIPS");
        assertThat(queued()).containsExactly("EMAIL onboarding-welcome", "EMAIL onboarding-first-bill", "EMAIL onboarding-set-up-tips");
        used("CALL");

        passTime(Duration.ofDays(90));

        BpmnAwareTests.assertThat(journey).isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).as("calls only: no data, no app").isEqualTo("LOW_USAGE");
    }

    @Test
    void shouldHaveAnAgentHelpAValuableHomeCustomerWhoHasNotStartedAndCallAgainAtDaySixty() {
        newCustomer("HIGH_VALUE", "HOME", "BROADBAND", "Fibre 500", false);
        joined(MomentType.CONTRACT_SIGNED);

        passTime(Duration.ofDays(7));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallNewCustomer");
        assertThat(JourneyRecords.candidateGroups(journey)).containsExactly("call-center");
        assertThat(variable(OnboardingVariables.EARLY_CARE)).isEqualTo("CALL");
        passTime(Duration.ofDays(2).plusMinutes(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueSetUpCall").isWaitingAt("Task_CallNewCustomer");

        complete(task(journey), withVariables("setUpCallResult", "SET_UP"));
        used("DATA");
        used("APP_LOGIN");
        passTime(Duration.ofDays(51));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CheckInCall");
        passTime(Duration.ofDays(2).plusMinutes(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueCheckInCall");
        complete(task(journey), withVariables("checkInResult", "HAPPY"));
        passTime(Duration.ofDays(30));

        BpmnAwareTests.assertThat(journey).isEnded().hasNotPassed("Task_SendSetUpTips", "Task_AskHowItIsGoing");
        assertThat(variable(JourneyVariables.OUTCOME)).as("a home connection carrying data, and the app").isEqualTo("ADOPTED");
    }

    @Test
    void shouldHaveAnAgentCallANewCustomerWhoComplainedInTheFirstWeek() {
        newCustomer("MASS", "POSTPAID", "MOBILE", "Essential 20GB", false);
        joined(MomentType.CONTRACT_SIGNED);
        used("CALL");
        used("DATA");
        used("APP_LOGIN");
        passTime(Duration.ofDays(2));
        fileComplaint("No signal at home since I joined");

        passTime(Duration.ofDays(5));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallNewCustomer");
        assertThat(variable(OnboardingVariables.COMPLAINTS_SINCE_JOINING)).isEqualTo(1);
        assertThat(variable(JourneyVariables.COMPLAINT_SUMMARY)).isEqualTo("No signal at home since I joined");
        complete(task(journey), withVariables("setUpCallResult", "NEEDS_VISIT"));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_CheckInDue");
    }

    @Test
    void shouldRemindAPrepaidCustomerWithoutATopUpAfterTwoWeeksAndSendNoBillExplanation() {
        newCustomer("MASS", "PREPAID", "MOBILE", "Pay As You Go 10", false);
        joined(MomentType.SIM_ACTIVATED);
        used("CALL");
        used("APP_LOGIN");

        passTime(Duration.ofDays(14));

        assertThat(queued()).containsExactly("EMAIL onboarding-welcome", "EMAIL onboarding-top-up-reminder");
        assertThat(variable(OnboardingVariables.FIRST_BILL_AMOUNT)).isNull();
        receive("topup-" + customer, MomentType.TOP_UP, Map.of("amount", 10));
        passTime(Duration.ofDays(80));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_RemindToTopUp").hasNotPassed("Task_ExplainFirstBill");
        assertThat(variable(JourneyVariables.OUTCOME)).as("calls and pays for more").isEqualTo("ADOPTED");
    }

    @Test
    void shouldNotRemindAPrepaidCustomerWhoBoughtAPackage() {
        newCustomer("MASS", "PREPAID", "MOBILE", "Pay As You Go 10", false);
        joined(MomentType.SIM_ACTIVATED);
        passTime(Duration.ofDays(3));
        assertThat(receive("package-" + customer, MomentType.PRODUCT_PURCHASED, Map.of("product", "Data 5GB")).status())
                .isEqualTo(MomentAnswer.Status.CORRELATED);

        passTime(Duration.ofDays(11));

        BpmnAwareTests.assertThat(journey).hasNotPassed("Task_RemindToTopUp");
        assertThat(variable(OnboardingVariables.TOPPED_UP)).isEqualTo(true);
        assertThat(variable(OnboardingVariables.FIRST_USED_AT)).as("paying is not using").isNull();
    }

    @Test
    void shouldExplainTheFirstBillAtOnceWhenItIsNearerThanThreeDays() {
        TestClock.pin(Instant.parse("2026-11-29T09:00:00Z"));
        newCustomer("MASS", "POSTPAID", "MOBILE", "Essential 20GB", false);

        joined(MomentType.CONTRACT_SIGNED);

        assertThat(queued()).containsExactly("EMAIL onboarding-welcome", "EMAIL onboarding-first-bill");
        assertThat(parametersOf("onboarding-first-bill")).contains("\"startingDays\":\"2\"", "\"startingDaysCharge\":\"1.20\"");
    }

    @Test
    void shouldCountACustomerWhoAskedToLeaveAsLeftEarly() {
        newCustomer("MASS", "POSTPAID", "MOBILE", "Essential 20GB", false);
        joined(MomentType.CONTRACT_SIGNED);
        used("CALL");
        used("DATA");
        used("APP_LOGIN");
        passTime(Duration.ofDays(20));
        JourneyRecords.cancellationRequested(jdbc, customer, TestClock.now());

        passTime(Duration.ofDays(70));

        assertThat(variable(OnboardingVariables.ASKED_TO_LEAVE)).isEqualTo(true);
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LEFT_EARLY");
    }

    @Test
    void shouldOnlyMeasureACustomerOfTheControlGroup() {
        newCustomer("HIGH_VALUE", "POSTPAID", "MOBILE", "Plus 60GB", true);
        joined(MomentType.CONTRACT_SIGNED);
        used("DATA");

        passTime(Duration.ofDays(90));

        BpmnAwareTests.assertThat(journey).isEnded().hasNotPassed("Task_SendWelcome", "Task_CheckEarlyLife");
        assertThat(variable(JourneyVariables.IN_CONTROL_GROUP)).isEqualTo(true);
        assertThat(queued()).as("no contact at all").isEmpty();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LOW_USAGE");
    }

    @Test
    void shouldStartOneJourneyPerNewCustomerAndRefuseMomentsThatDoNotFit() {
        newCustomer("MASS", "POSTPAID", "MOBILE", "Essential 20GB", false);
        assertRefused(MomentType.SIM_ACTIVATED, Map.of(), "type", "on contract: a new contract is a CONTRACT_SIGNED moment");
        assertRefused(MomentType.CONTRACT_SIGNED, Map.of("subscriptionId", "SUB-NOPE"), "data.subscriptionId",
                "has no running subscription SUB-NOPE");
        assertThatThrownBy(() -> receive("first-use-" + customer, MomentType.SERVICE_FIRST_USED, Map.of("usage", "CALL")))
                .as("nobody waits yet").isInstanceOfSatisfying(ApiException.class,
                        refused -> assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE customer_id = ?").param(customer)
                .query(Long.class).single()).as("refused moments leave nothing behind").isZero();

        joined(MomentType.CONTRACT_SIGNED);
        MomentAnswer again = receive("joined-" + customer, MomentType.CONTRACT_SIGNED, Map.of());
        MomentAnswer anotherLine = receive("joined-again-" + customer, MomentType.CONTRACT_SIGNED, Map.of());

        assertThat(again.processInstanceId()).isEqualTo(journey.getId());
        assertThat(anotherLine.status()).isEqualTo(MomentAnswer.Status.ALREADY_ACTIVE);
        assertRefused(MomentType.SERVICE_FIRST_USED, Map.of("usage", "SMS"), "data.usage", "[CALL, DATA, APP_LOGIN]");
        assertRefused(MomentType.TOP_UP, Map.of("amount", -5), "data.amount", "more than 0");
        assertRefused(MomentType.TOP_UP, Map.of("amount", "ten"), "data.amount", "more than 0");
    }

    /** A customer who joined today with one line; {@code heldOut} picks an id inside or outside the control group. */
    private void newCustomer(String segment, String type, String product, String plan, boolean heldOut) {
        do {
            customer = "CUST-ON%04d".formatted(CUSTOMERS.incrementAndGet());
        } while (holdout.isHeldOut(customer, OnboardingVariables.PROGRAM) != heldOut);
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Nia Newcomer', ?, 'nia@example.org', ?, ?, ?, 900, 25, 'B', FALSE)""")
                .params(customer, "+44 7700 8" + customer.substring(7), type, segment, TestClock.today()).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, ?, ?, '5G', ?, ?)""")
                .params("SUB-" + customer, customer, product, plan, new BigDecimal(FEES.get(plan)),
                        type.equals("PREPAID") ? null : TestClock.today().plusYears(2)).update();
        for (String channel : List.of("EMAIL", "SMS")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', ?, TRUE, ?)")
                    .params(customer, channel, Timestamp.from(TestClock.now())).update();
        }
    }

    /** The demo base's monthly fee of each plan the tests use. */
    private static final Map<String, String> FEES = Map.of("Essential 20GB", "18.00", "Plus 60GB", "25.00",
            "Pay As You Go 10", "10.00", "Fibre 500", "38.00");

    private void joined(MomentType type) {
        MomentAnswer answer = receive("joined-" + customer, type, Map.of());
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
        runDueJobs();
    }

    private void used(String usage) {
        MomentAnswer correlated = receive("used-" + usage + "-" + customer, MomentType.SERVICE_FIRST_USED, Map.of("usage", usage));
        assertThat(correlated.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        runDueJobs();
    }

    private MomentAnswer receive(String eventId, MomentType type, Map<String, Object> data) {
        return intake.receive(new Moment(eventId, customer, type, Channel.APP, TestClock.now(), data));
    }

    private void fileComplaint(String summary) {
        jdbc.sql("""
                        INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at)
                        VALUES (?, ?, 'CALL_CENTER', 'NETWORK', ?, ?)""")
                .params("CMP-" + customer, customer, summary, Timestamp.from(TestClock.now())).update();
    }

    private void assertRefused(MomentType type, Map<String, Object> data, String field, String says) {
        Refusals.assertBadRequest(() -> receive("bad-" + customer + type + data.hashCode(), type, data), field, says);
    }

    private String parametersOf(String template) {
        return JourneyRecords.messageParameters(jdbc, customer, template);
    }
}
