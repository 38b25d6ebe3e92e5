package io.cvmjourneys.journeys.movinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.customer.Address;
import io.cvmjourneys.customer.BillingPeriod;
import io.cvmjourneys.customer.HomeMoves;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.journeys.cancellation.CancellationVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of the moving-house journey, started and answered through the moments intake as
 * channels and field operations do, with the engine clock moved for every wait. The customer moves
 * on Saturday 5 December 2026; today is Monday 23 November.
 */
@ProcessTest
class MovingHouseProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate MOVE_DATE = LocalDate.parse("2026-12-05");
    private static final Address OLD_HOME = new Address("Station Road", "3", "B1 1AA", "Birmingham");
    private static final Address FIBRE_STREET = new Address("Cutting Room Square", "12", "M4 6BF", "Manchester");
    private static final Address WIRELESS_ONLY = new Address("Church Lane", "2", "OX7 5QH", "Chipping Norton");
    private static final Address MOBILE_ONLY = new Address("Moor View", "1", "PL20 6SW", "Yelverton");
    private static final Address UNREACHED = new Address("Meadow Way", "40", "EH30 9TF", "South Queensferry");
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Autowired
    MomentIntake intake;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    HomeMoves homeMoves;
    @Autowired
    JdbcClient jdbc;

    private String customer;
    private ProcessInstance journey;

    @BeforeEach
    void theNetworkReachesSomeStreets() {
        TestClock.pin(MONDAY_NINE);
        if (jdbc.sql("SELECT COUNT(*) FROM cvm.network_premises").query(Long.class).single() == 0) {
            premises(FIBRE_STREET, "FIBRE", 900);
            premises(FIBRE_STREET, "COPPER", 70);
            premises(WIRELESS_ONLY, "FIXED_WIRELESS", 300);
            premises(MOBILE_ONLY, "MOBILE_BROADBAND", 40);
        }
    }

    @Test
    void shouldUpgradeCopperToFibreAndMoveBillingOnTheActivationDay() {
        homeCustomerWith("COPPER", "28.00");
        reportsMoveTo(FIBRE_STREET);

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ScheduleInstallation");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center");
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(MovingHouseVariables.SERVICE_OPTION, "UPGRADE")
                .containsEntry(MovingHouseVariables.NEW_TECHNOLOGY, "FIBRE")
                .containsEntry(MovingHouseVariables.PRICE_DIFFERENCE, 10.0)
                .containsEntry(MovingHouseVariables.CURRENT_ADDRESS, OLD_HOME.oneLine())
                .containsEntry(MovingHouseVariables.AVAILABLE_TECHNOLOGIES, "fibre up to 900 Mbit/s, copper broadband up to 70 Mbit/s");
        assertThat(variable(NextBestActionVariables.BEST_ACTION)).isEqualTo("FIBRE_UPGRADE_AT_NEW_ADDRESS");

        bookInstallation("2026-12-04", true);
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_WaitForInstallation");
        assertThat(crossSellOutcome()).isEqualTo("ACCEPTED");

        passTime(Duration.ofDays(10).plusHours(1));
        assertThat(queuedTemplates()).containsExactly("installation-reminder");
        passTime(Duration.ofDays(1).plusHours(4));
        report(MomentType.INSTALLATION_COMPLETED, Map.of());

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ActivateAtNewAddress").isWaitingAt("Event_ThreeDaysAfterActivation");
        assertThat(variable(MovingHouseVariables.ACTIVATION_DATE)).isEqualTo("2026-12-04");
        assertThat(variable(MovingHouseVariables.DAYS_MOVE_TO_ACTIVATION)).isEqualTo(-1);
        assertThat(variable(MovingHouseVariables.DISRUPTION_DAYS)).isEqualTo(0);
        assertThat(homeConnection()).isEqualTo("FIBRE 38.00");
        assertBilledOnceADay(LocalDate.parse("2026-12-04"));

        passTime(Duration.ofDays(3));
        assertThat(queuedTemplates()).containsExactly("installation-reminder", "tnps-survey");
        report(MomentType.SURVEY_ANSWERED, Map.of("score", 10));

        BpmnAwareTests.assertThat(journey).hasPassed("Event_SurveyAnswered", "EndEvent_MovedAndSurveyed").isEnded();
        assertThat(variable(MovingHouseVariables.SURVEY_SCORE)).isEqualTo(10);
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("MOVED");
    }

    @Test
    void shouldApologiseWithACreditAndAskCustomerCareToFollowUpWhenTheInstallationIsLate() {
        homeCustomerWith("FIBRE", "38.00");
        reportsMoveTo(FIBRE_STREET);
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(MovingHouseVariables.SERVICE_OPTION, "TRANSFER")
                .containsEntry(MovingHouseVariables.PRICE_DIFFERENCE, 0.0);
        bookInstallation(MOVE_DATE.toString(), false);
        assertThat(crossSellOutcome()).isEqualTo("DECLINED");

        passTime(Duration.between(MONDAY_NINE, Instant.parse("2026-12-04T10:00:00Z")));
        assertThat(queuedTemplates()).containsExactly("installation-reminder");
        passTime(Duration.ofDays(2).plusHours(14));

        BpmnAwareTests.assertThat(journey).hasPassed("BoundaryEvent_InstallationOverdue", "Task_ApologiseForDelay")
                .isWaitingAt("Task_FollowUpDelayedInstallation");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("cx-team");
        assertThat(variable(MovingHouseVariables.APOLOGY_CREDIT)).isEqualTo(10.0);
        assertThat(accountChanges()).containsExactly("CREDIT 10.00");
        assertThat(queuedTemplates()).containsExactly("installation-reminder", "move-apology");
        passTime(Duration.ofHours(8));
        assertThat(task(journey).getPriority()).isEqualTo(90);
        assertThat(candidateGroups()).contains("cx-team", "cvm-managers");

        complete(task(journey), withVariables(MovingHouseVariables.INSTALLATION_DATE, "2026-12-09",
                MovingHouseVariables.FOLLOW_UP_NOTE, "Engineer off sick; rebooked first slot on Wednesday"));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_WaitForDelayedInstallation");
        passTime(Duration.ofDays(2).plusHours(3));
        report(MomentType.INSTALLATION_COMPLETED, Map.of());

        assertThat(variable(MovingHouseVariables.DISRUPTION_DAYS)).isEqualTo(4);
        assertThat(variable(MovingHouseVariables.DAYS_MOVE_TO_ACTIVATION)).isEqualTo(4);
        assertThat(homeConnection()).isEqualTo("FIBRE 38.00");
        assertBilledOnceADay(LocalDate.parse("2026-12-09"));
        passTime(Duration.ofDays(3));
        passTime(Duration.ofDays(14));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueFollowUp", "Task_WaitForDelayedInstallation",
                "Event_SurveyNotAnswered", "EndEvent_MovedWithoutSurvey").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("MOVED");
    }

    @Test
    void shouldOfferFixedWirelessWhereOnlyItReachesAndEscalateAnUnbookedInstallation() {
        homeCustomerWith("COPPER", "28.00");
        reportsMoveTo(WIRELESS_ONLY);

        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(MovingHouseVariables.SERVICE_OPTION, "ALTERNATIVE")
                .containsEntry(MovingHouseVariables.NEW_TECHNOLOGY, "FIXED_WIRELESS")
                .containsEntry(MovingHouseVariables.PRICE_DIFFERENCE, 4.0)
                .containsEntry(NextBestActionVariables.BEST_ACTION, "HOME_SECURITY_ADDON");
        assertThat((String) variable(NextBestActionVariables.ACTIONS)).as("no fibre where it does not reach")
                .doesNotContain("FIBRE_UPGRADE_AT_NEW_ADDRESS");
        passTime(Duration.ofHours(8));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueScheduling").isWaitingAt("Task_ScheduleInstallation");
        assertThat(task(journey).getPriority()).isEqualTo(90);
        assertThat(candidateGroups()).contains("call-center", "cvm-managers");
    }

    @Test
    void shouldOfferMobileBroadbandWhereNoFixedTechnologyReachesAndBookItWhenTaken() {
        homeCustomerWith("COPPER", "28.00");
        reportsMoveTo(MOBILE_ONLY);

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_PresentAlternative");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center");
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(MovingHouseVariables.SERVICE_OPTION, "NOT_SERVICEABLE")
                .containsEntry(MovingHouseVariables.NEW_TECHNOLOGY, "MOBILE_BROADBAND");
        passTime(Duration.ofHours(8));
        assertThat(task(journey).getPriority()).isEqualTo(90);

        complete(task(journey), withVariables(MovingHouseVariables.ALTERNATIVE_ACCEPTED, true));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueAlternative", "Task_ProposeCrossSell")
                .isWaitingAt("Task_ScheduleInstallation");
        assertThat(accountChanges()).isEmpty();
    }

    @Test
    void shouldLetACustomerWeCannotServeLeavePenaltyFreeAndWinThemBack() {
        leaveForAnAddressWeCannotReach();

        report(MomentType.OFFER_ANSWERED, Map.of("answer", "ACCEPTED"));

        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_CustomerWonBack").isEnded();
        assertThat(winbackOutcome()).isEqualTo("ACCEPTED");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("WON_BACK");
    }

    @Test
    void shouldLoseACustomerWhoDeclinesTheWinbackOffer() {
        leaveForAnAddressWeCannotReach();

        report(MomentType.OFFER_ANSWERED, Map.of("answer", "DECLINED"));

        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_WinbackDeclined").isEnded();
        assertThat(winbackOutcome()).isEqualTo("DECLINED");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LOST");
    }

    @Test
    void shouldLoseACustomerWhoIgnoresTheWinbackOffer() {
        leaveForAnAddressWeCannotReach();

        passTime(Duration.ofDays(14));

        BpmnAwareTests.assertThat(journey).hasPassed("Event_WinbackOfferExpired", "EndEvent_WinbackIgnored").isEnded();
        assertThat(winbackOutcome()).isEqualTo("NO_ANSWER");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LOST");
    }

    @Test
    void shouldSendNoWinbackOfferToACustomerWhoWithdrewMarketingConsent() {
        leaveTheNetwork();
        jdbc.sql("DELETE FROM cvm.consent WHERE customer_id = ? AND purpose = 'MARKETING'").param(customer).update();

        passTime(Duration.ofDays(90).plusHours(10));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ChooseWinbackOffer", "EndEvent_LostWithoutWinbackOffer").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LOST");
    }

    @Test
    void shouldRefuseAMoveWithoutAUsableAddressOrDateAndStartOneJourneyPerCustomer() {
        homeCustomerWith("FIBRE", "38.00");
        Map<String, Object> address = Map.of("street", FIBRE_STREET.street(), "houseNumber", "12", "postcode", "M4 6BF",
                "city", "Manchester");
        assertRefused(Map.of("moveDate", MOVE_DATE.toString()), "data.newAddress");
        assertRefused(Map.of("newAddress", Map.of("street", "Mill Lane", "houseNumber", "1", "postcode", "M4 6BF"),
                "moveDate", MOVE_DATE.toString()), "data.newAddress.city");
        assertRefused(Map.of("newAddress", Map.of("street", "Mill Lane", "houseNumber", "1", "postcode", "not a postcode!",
                "city", "Manchester"), "moveDate", MOVE_DATE.toString()), "data.newAddress.postcode");
        assertRefused(Map.of("newAddress", address, "moveDate", "5/12/2026"), "data.moveDate");
        assertRefused(Map.of("newAddress", address, "moveDate", "2026-11-22"), "data.moveDate");
        assertThat(BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(customer).count())
                .isZero();

        MomentAnswer first = move("move-1-" + customer, FIBRE_STREET);
        MomentAnswer again = move("move-2-" + customer, FIBRE_STREET);

        assertThat(first.status()).isEqualTo(MomentAnswer.Status.STARTED);
        assertThat(again.status()).isEqualTo(MomentAnswer.Status.ALREADY_ACTIVE);
        assertThat(again.processInstanceId()).isEqualTo(first.processInstanceId());
    }

    @Test
    void shouldNeverBillTwoAddressesForTheSameDay() {
        homeCustomerWith("FIBRE", "38.00");
        LocalDate day = LocalDate.parse("2026-12-01");
        homeMoves.startBilling(customer, FIBRE_STREET, day, "first-" + customer);

        assertThatThrownBy(() -> homeMoves.startBilling(customer, WIRELESS_ONLY, day, "second-" + customer))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(homeMoves.billedAddress(customer, day)).contains(FIBRE_STREET);
        assertThat(homeMoves.billedAddress(customer, day.minusDays(1))).contains(OLD_HOME);
    }

    private void leaveForAnAddressWeCannotReach() {
        leaveTheNetwork();
        passTime(Duration.ofDays(90).plusHours(10));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendWinbackOffer").isWaitingAt("Gateway_WaitForWinbackAnswer");
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(CancellationVariables.WINBACK_OFFER, "WINBACK_THREE_MONTHS_FREE")
                .containsEntry(CancellationVariables.WINBACK_CHANNEL, "EMAIL");
        assertThat(queuedTemplates()).containsExactly("cancellation-confirmation", "winback-offer");
    }

    /** The customer moves where nothing reaches, leaves penalty-free, and the winback window opens. */
    private void leaveTheNetwork() {
        homeCustomerWith("COPPER", "28.00");
        reportsMoveTo(UNREACHED);
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_PresentAlternative");
        assertThat(variable(MovingHouseVariables.NEW_TECHNOLOGY)).isNull();
        complete(task(journey), withVariables(MovingHouseVariables.ALTERNATIVE_ACCEPTED, false));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_MoveDate");
        assertThat(accountChanges()).isEmpty();

        passTime(Duration.between(MONDAY_NINE, MOVE_DATE.atStartOfDay(TestClock.OPERATOR_ZONE).toInstant()));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_CancelSubscriptions", "Task_ConfirmCancellation")
                .isWaitingAt("Event_WinbackWindowPassed");
        assertThat(accountChanges()).containsExactly("CANCELLATION MOVING");
        assertThat(jdbc.sql("SELECT cancelled_on FROM cvm.subscription WHERE customer_id = ?").param(customer)
                .query(LocalDate.class).single()).isEqualTo(MOVE_DATE);
        assertThat(variable(CancellationVariables.WINBACK_WAIT_DAYS)).isEqualTo(90);
        assertThat(queuedTemplates()).containsExactly("cancellation-confirmation");
    }

    private void homeCustomerWith(String technology, String monthlyFee) {
        customer = "CUST-MH%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Morgan Mover', ?, 'morgan@example.org', 'HOME', 'MASS', DATE '2025-01-10', 900, 35, 'B', FALSE)""")
                .params(customer, "+44 7700 9" + customer.substring(7)).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'BROADBAND', 'Home broadband', ?, ?, DATE '2027-06-30')""")
                .params("SUB-" + customer, customer, technology, new java.math.BigDecimal(monthlyFee)).update();
        for (String purpose : List.of("MARKETING", "SERVICE")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'EMAIL', TRUE, ?)")
                    .params(customer, purpose, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
        }
        homeMoves.startBilling(customer, OLD_HOME, LocalDate.parse("2025-01-10"), "opened-" + customer);
    }

    private void reportsMoveTo(Address address) {
        MomentAnswer answer = move("move-" + customer, address);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery()
                .processInstanceId(answer.processInstanceId()).singleResult();
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CheckServiceability");
        EngineClock.runDueJobs(managementService, journey.getId());
    }

    private MomentAnswer move(String eventId, Address address) {
        return intake.receive(new Moment(eventId, customer, MomentType.MOVE_REQUESTED, Channel.CALL_CENTER,
                TestClock.now(), Map.of("moveDate", MOVE_DATE.toString(), "newAddress", Map.of(
                "street", address.street(), "houseNumber", address.houseNumber(), "postcode", address.postcode(),
                "city", address.city()))));
    }

    private void assertRefused(Map<String, Object> data, String field) {
        assertThatThrownBy(() -> intake.receive(new Moment("bad-" + field + data.hashCode(), customer, MomentType.MOVE_REQUESTED,
                Channel.WEB, TestClock.now(), data)))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(refused.field()).isEqualTo(field);
                });
    }

    private void bookInstallation(String day, boolean addOnAccepted) {
        complete(task(journey), withVariables(MovingHouseVariables.INSTALLATION_DATE, day,
                MovingHouseVariables.INSTALLATION_SLOT, "MORNING",
                MovingHouseVariables.CONTACT_ON_THE_DAY, "Morgan, +44 7700 900123",
                MovingHouseVariables.ADD_ON_ACCEPTED, addOnAccepted));
    }

    /** Billing moved on the activation day: the old address up to the day before, the new one from then, one a day. */
    private void assertBilledOnceADay(LocalDate activationDate) {
        List<BillingPeriod> periods = homeMoves.billingPeriods(customer);
        assertThat(periods).extracting(BillingPeriod::address).containsExactly(OLD_HOME, FIBRE_STREET);
        assertThat(periods.get(0).until()).isEqualTo(activationDate.minusDays(1));
        assertThat(periods.get(1).from()).isEqualTo(activationDate);
        for (LocalDate day = LocalDate.parse("2025-01-10"); day.isBefore(LocalDate.parse("2027-01-01")); day = day.plusDays(1)) {
            LocalDate billed = day;
            assertThat(periods.stream().filter(period -> period.covers(billed)).count()).as("addresses billed on " + day)
                    .isEqualTo(1);
        }
    }

    private void report(MomentType type, Map<String, Object> data) {
        MomentAnswer answer = intake.receive(new Moment(type + "-" + customer + "-" + TestClock.now().toEpochMilli(),
                customer, type, Channel.WEB, TestClock.now(), data));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
    }

    private void premises(Address address, String technology, int mbps) {
        jdbc.sql("INSERT INTO cvm.network_premises (postcode, house_number, technology, max_down_mbps) VALUES (?, ?, ?, ?)")
                .params(address.postcode(), address.houseNumber(), technology, mbps).update();
    }

    private void passTime(Duration duration) {
        EngineClock.passTime(managementService, journey.getId(), duration);
    }

    private Object variable(String name) {
        return JourneyRecords.variable(journey, name);
    }

    private List<String> candidateGroups() {
        return JourneyRecords.candidateGroups(journey);
    }

    private List<String> accountChanges() {
        return jdbc.sql("SELECT kind, amount, reason FROM cvm.account_change WHERE customer_id = ? ORDER BY recorded_at")
                .param(customer)
                .query((row, n) -> row.getString("kind") + " "
                        + (row.getBigDecimal("amount") != null ? row.getBigDecimal("amount").toPlainString() : row.getString("reason")))
                .list();
    }

    private String homeConnection() {
        return jdbc.sql("SELECT technology, monthly_fee FROM cvm.subscription WHERE customer_id = ?").param(customer)
                .query((row, n) -> row.getString("technology") + " " + row.getBigDecimal("monthly_fee").toPlainString())
                .single();
    }

    private List<String> queuedTemplates() {
        return jdbc.sql("SELECT template FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id")
                .param(customer).query(String.class).list();
    }

    private String crossSellOutcome() {
        return outcomeOf(NextBestActionVariables.DECISION_ID, NextBestActionVariables.BEST_ACTION);
    }

    private String winbackOutcome() {
        return outcomeOf(CancellationVariables.WINBACK_DECISION_ID, CancellationVariables.WINBACK_OFFER);
    }

    /** What the decision log says the customer answered to the action the journey proposed. */
    private String outcomeOf(String decisionVariable, String actionVariable) {
        return jdbc.sql("SELECT outcome FROM cvm.nba_offer WHERE decision_id = ? AND action_id = ?")
                .params(variable(decisionVariable), variable(actionVariable)).query(String.class).single();
    }
}
