package io.cvmjourneys.journeys.deviceupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.devices.DeviceCatalog;
import io.cvmjourneys.devices.DeviceSightings;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.StartedJourney;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of the device-upgrade journey, started and answered through the moments intake as
 * channels do, with the engine clock moved for every wait. The customer: high value, unlimited data,
 * £65 a month, a leased Pixel 9, e-mail consents — the catalog's best fit is the Galaxy S25 Ultra.
 */
@ProcessTest
class DeviceUpgradeProcessTest {

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
    JdbcClient jdbc;
    @Autowired
    DeviceSightings sightings;
    @Autowired
    DeviceCatalog catalog;
    @Autowired
    Clock clock;

    private String customer;
    private ProcessInstance journey;

    @BeforeEach
    void aHighValueCustomerWithALeasedPhoneAndEmailConsents() {
        customer = "CUST-DU%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Dana Upgrade', ?, 'dana@example.org', 'POSTPAID', 'HIGH_VALUE', DATE '2019-03-01', 3100, 65, 'A02', FALSE)""")
                .params(customer, "+34 622 " + customer.substring(7)).update();
        for (String purpose : List.of("MARKETING", "SERVICE")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'EMAIL', TRUE, ?)")
                    .params(customer, purpose, Timestamp.from(TestClock.now().minus(Duration.ofDays(400)))).update();
        }
    }

    @Test
    void shouldUpgradeACustomerWhoseLeaseEndsAndWhoAcceptsTheOffer() {
        leaseEndsInDays(30);
        start(MomentType.DEVICE_LEASE_ENDING, Channel.APP);

        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendDeviceOffer").isWaitingAt("Gateway_WaitForAnswer");
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(DeviceUpgradeVariables.ELIGIBILITY, "FREE_UPGRADE")
                .containsEntry(DeviceUpgradeVariables.USAGE_PROFILE, "HEAVY_DATA")
                .containsEntry(DeviceUpgradeVariables.BUDGET_BAND, "PREMIUM")
                .containsEntry(DeviceUpgradeVariables.RECOMMENDED_DEVICE, "GALAXY_S25_ULTRA")
                .containsEntry(DeviceUpgradeVariables.OFFER_CHANNEL, "EMAIL");
        assertThat(queued()).containsExactly("device-upgrade-offer EMAIL COMMERCIAL");

        answer(MomentType.OFFER_ANSWERED, Map.of("answer", "ACCEPTED", "journey", "device-upgrade"));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_GradeTradeIn");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("store");
        assertThat(offerOutcome()).isEqualTo("ACCEPTED");

        complete(task(journey), withVariables("conditionGrade", "A", "powersOn", true, "screenIntact", true,
                "activationLockRemoved", true));
        assertThat(variable(DeviceUpgradeVariables.TRADE_IN_VALUE)).as("as new, 23 months into the lease").isEqualTo(220);
        complete(task(journey), withVariables("orderedDevice", "GALAXY_S25_ULTRA", "insurance", true, "accessoryCase", true,
                "accessoryScreenProtector", false, "accessoryCharger", true, "offerResponse", "ACCEPTED"));
        runAsyncSteps();
        assertThat(shipment()).isEqualTo("ORDERED Galaxy S25 Ultra, Protective case, Fast charger");

        passTime(Duration.ofDays(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_TrackDelivery").isWaitingAt("Event_NextDeliveryCheck");
        assertThat(shipment()).startsWith("SHIPPED");
        passTime(Duration.ofDays(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendDataTransferHelp").isWaitingAt("Event_TwoWeeksLater");
        assertThat(shipment()).startsWith("DELIVERED");
        assertThat(queued()).containsExactly("device-upgrade-offer EMAIL COMMERCIAL", "device-data-transfer EMAIL SERVICE");

        networkSeesTheNewDevice("GALAXY_S25_ULTRA");
        passTime(Duration.ofDays(14));
        assertThat(recycling()).isEqualTo("Pixel 9 handed in, grade A, £220.00");
        answer(MomentType.SURVEY_ANSWERED, Map.of("score", 9));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_CheckAdoption", "Task_RecordRecycling", "Event_SurveyAnswered",
                "EndEvent_DeviceUpgraded").hasNotPassed("Task_AdoptionHelpCall").isEnded();
        assertThat(variable(DeviceUpgradeVariables.ACCESSORIES_ORDERED)).isEqualTo(2);
        assertThat(variable(DeviceUpgradeVariables.INSURANCE)).isEqualTo(true);
        assertThat(variable(DeviceUpgradeVariables.SURVEY_SCORE)).isEqualTo(9);
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("UPGRADED");
    }

    @Test
    void shouldRemindOnceAndCloseTheOfferAsIgnored() {
        leaseEndsInDays(45);
        start(MomentType.UPGRADE_REQUESTED, Channel.APP);

        passTime(Duration.ofDays(7));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendOfferReminder").isWaitingAt("Gateway_WaitAfterReminder");
        assertThat(queued()).containsExactly("device-upgrade-offer EMAIL COMMERCIAL", "offer-reminder EMAIL COMMERCIAL");
        passTime(Duration.ofDays(7));

        BpmnAwareTests.assertThat(journey).hasPassed("Event_OfferExpired", "EndEvent_OfferIgnored").isEnded();
        assertThat(offerOutcome()).isEqualTo("NO_ANSWER");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("IGNORED");
    }

    @Test
    void shouldCloseAsDeclinedWhenTheCustomerSaysNoAfterTheReminder() {
        leaseEndsInDays(10);
        start(MomentType.DEVICE_LEASE_ENDING, Channel.APP);
        passTime(Duration.ofDays(7));

        answer(MomentType.OFFER_ANSWERED, Map.of("answer", "DECLINED", "processInstanceId", journey.getId()));

        BpmnAwareTests.assertThat(journey).hasPassed("Event_AnsweredAfterReminder", "EndEvent_OfferDeclined").isEnded();
        assertThat(offerOutcome()).isEqualTo("DECLINED");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("DECLINED");
    }

    @Test
    void shouldServeAStoreRequestWithAnEarlyUpgradeFeeAndEscalateOverdueStoreWork() {
        leaseEndsInDays(170); // 18 months and some days into a 24-month lease
        start(MomentType.UPGRADE_REQUESTED, Channel.STORE);

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_GradeTradeIn").hasNotPassed("Task_SendDeviceOffer");
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(DeviceUpgradeVariables.ELIGIBILITY, "UPGRADE_WITH_FEE")
                .containsEntry(DeviceUpgradeVariables.UPGRADE_FEE, 60)
                .containsEntry(DeviceUpgradeVariables.OFFER_CHANNEL, "STORE");
        assertThat(queued()).as("the customer is in front of the agent").isEmpty();
        passTime(Duration.ofDays(3));
        assertThat(task(journey).getPriority()).isEqualTo(90);
        assertThat(candidateGroups()).contains("store", "cvm-managers");
        complete(task(journey), withVariables("conditionGrade", "NONE", "powersOn", true, "screenIntact", true,
                "activationLockRemoved", true));
        assertThat(variable(DeviceUpgradeVariables.TRADE_IN_VALUE)).isEqualTo(0);

        passTime(Duration.ofHours(2));
        assertThat(task(journey).getPriority()).isEqualTo(90);
        complete(task(journey), withVariables("orderedDevice", "GALAXY_S25_ULTRA", "insurance", false, "accessoryCase", false,
                "accessoryScreenProtector", false, "accessoryCharger", false, "offerResponse", "DECLINED"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateGradeTradeIn", "Task_EscalateTakeUpgradeOrder",
                "EndEvent_DeclinedInStore").isEnded();
        assertThat(offerOutcome()).isEqualTo("DECLINED");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("DECLINED");
    }

    @Test
    void shouldLetTheDemosNetworkFeedSeeTheNewDeviceOfThreeInFourCustomersADayAfterDelivery() {
        leaseEndsInDays(30);
        start(MomentType.UPGRADE_REQUESTED, Channel.STORE);
        complete(task(journey), withVariables("conditionGrade", "B", "powersOn", true, "screenIntact", true,
                "activationLockRemoved", true));
        complete(task(journey), withVariables("orderedDevice", "GALAXY_S25_ULTRA", "insurance", false, "accessoryCase", false,
                "accessoryScreenProtector", false, "accessoryCharger", false, "offerResponse", "ACCEPTED"));
        runAsyncSteps();
        passTime(Duration.ofDays(2));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_TwoWeeksLater");
        DemoNetworkDeviceFeed feed = new DemoNetworkDeviceFeed(BpmnAwareTests.runtimeService(), sightings, clock);

        feed.reportNewDevicesInUse();
        assertThat(catalog.inUseSince(customer, "GALAXY_S25_ULTRA", Instant.EPOCH)).as("delivered only just").isFalse();
        passTime(DemoNetworkDeviceFeed.SEEN_AFTER_DELIVERY);
        feed.reportNewDevicesInUse();
        assertThat(catalog.inUseSince(customer, "GALAXY_S25_ULTRA", Instant.EPOCH))
                .isEqualTo(DemoNetworkDeviceFeed.switchesOver(customer));
        assertThat(java.util.stream.IntStream.range(0, 400).mapToObj("CUST-%06d"::formatted)
                .filter(DemoNetworkDeviceFeed::switchesOver).count()).as("three in four of 400 demo customers").isBetween(270L, 330L);
    }

    /** The store agent picks the device from the catalog: every model of it, and nothing else, is on the order form. */
    @Test
    void shouldOfferTheOrderFormEveryCatalogDeviceAndNothingElse() throws java.io.IOException {
        var form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(new java.io.File("forms/device-upgrade/take-upgrade-order.form"));
        List<String> offered = new java.util.ArrayList<>();
        form.path("components").forEach(component -> {
            if (DeviceUpgradeVariables.ORDERED_DEVICE.equals(component.path("key").asText())) {
                component.path("values").forEach(option -> offered.add(option.path("value").asText()));
            }
        });
        assertThat(offered).containsExactlyInAnyOrderElementsOf(
                jdbc.sql("SELECT id FROM cvm.device_model").query(String.class).list());
    }

    @Test
    void shouldTellACustomerWithAnOverdueBillWhyThereIsNoUpgrade() {
        leaseEndsInDays(20);
        jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on) VALUES (?, ?, 65, ?, ?)")
                .params("INV-" + customer, customer, today().minusDays(40), today().minusDays(10)).update();

        start(MomentType.UPGRADE_REQUESTED, Channel.WEB);

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ExplainNoUpgrade", "EndEvent_NotUpgraded")
                .hasNotPassed("Task_RecommendDevice").isEnded();
        assertThat(variable(DeviceUpgradeVariables.INELIGIBLE_REASON)).asString().contains("unpaid bill");
        assertThat(queued()).containsExactly("device-no-upgrade EMAIL SERVICE");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_UPGRADED");
    }

    @Test
    void shouldSendAFaultyDeviceEarlyInItsLeaseToRepair() {
        leaseEndsInDays(600);
        start(MomentType.DEVICE_MALFUNCTION, Channel.CALL_CENTER);

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ArrangeRepair", "Task_ConfirmRepair", "EndEvent_SentToRepair").isEnded();
        assertThat(variable(DeviceUpgradeVariables.ELIGIBILITY)).isEqualTo("NOT_ELIGIBLE");
        assertThat(shipment()).isEqualTo("ORDERED Repair box and courier pickup for Pixel 9");
        assertThat(queued()).containsExactly("device-repair EMAIL SERVICE");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("REPAIR");
    }

    @Test
    void shouldMakeNoDeviceOfferDuringAnOutageInTheCustomersArea() {
        leaseEndsInDays(30);
        jdbc.sql("INSERT INTO cvm.service_incident (id, area_code, kind, title, started_at) VALUES (?, 'A02', 'MOBILE_OUTAGE', 'Mast down', ?)")
                .params("INC-" + customer, Timestamp.from(TestClock.now().minus(Duration.ofHours(3)))).update();

        start(MomentType.UPGRADE_REQUESTED, Channel.APP);

        BpmnAwareTests.assertThat(journey).hasPassed("Task_RecommendDevice", "Task_ExplainNoUpgrade")
                .hasNotPassed("Gateway_InStore").isEnded();
        assertThat(variable(DeviceUpgradeVariables.RECOMMENDED_DEVICE)).isNull();
        assertThat(suppressedBy()).contains("Service disruption");
        assertThat(queued()).containsExactly("device-no-upgrade EMAIL SERVICE");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_UPGRADED");
    }

    @Test
    void shouldEndQuietlyWhenNoOfferMayGoToACustomerWhoseLeaseEnds() {
        leaseEndsInDays(30);
        jdbc.sql("DELETE FROM cvm.consent WHERE customer_id = ? AND purpose = 'MARKETING'").param(customer).update();

        start(MomentType.DEVICE_LEASE_ENDING, Channel.APP);

        BpmnAwareTests.assertThat(journey).hasPassed("Task_RecommendDevice", "EndEvent_NoOfferForLease")
                .hasNotPassed("Task_ExplainNoUpgrade").isEnded();
        assertThat(suppressedBy()).contains("Consent");
        assertThat(queued()).as("the customer asked for nothing: no message").isEmpty();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_UPGRADED");
    }

    @Test
    void shouldCallACustomerWhoseNewDeviceIsNotInUseAndUpgradeWithoutASurveyAnswer() {
        leaseEndsInDays(30);
        start(MomentType.UPGRADE_REQUESTED, Channel.STORE);
        complete(task(journey), withVariables("conditionGrade", "C", "powersOn", true, "screenIntact", false,
                "activationLockRemoved", true));
        complete(task(journey), withVariables("orderedDevice", "PIXEL_10_PRO", "insurance", false, "accessoryCase", false,
                "accessoryScreenProtector", true, "accessoryCharger", false, "offerResponse", "ACCEPTED"));
        runAsyncSteps();
        passTime(Duration.ofDays(2));
        passTime(Duration.ofDays(14));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_AdoptionHelpCall");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center");
        passTime(Duration.ofDays(2));
        assertThat(task(journey).getPriority()).isEqualTo(90);
        complete(task(journey), withVariables("helpOutcome", "NOW_USING", "helpNote", "SIM was still in the old phone"));
        assertThat(recycling()).isEqualTo("Pixel 9 handed in, grade C, £50.00");
        passTime(Duration.ofDays(7));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateAdoptionHelpCall", "Event_SurveyNotAnswered",
                "EndEvent_UpgradedWithoutSurvey").isEnded();
        assertThat(variable(DeviceUpgradeVariables.ORDERED_DEVICE_NAME)).isEqualTo("Pixel 10 Pro");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("UPGRADED");
    }

    private void leaseEndsInDays(int days) {
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end,
                                                      device_model, device_lease_end)
                        VALUES (?, ?, 'MOBILE', 'Unlimited', '5G', 63, ?, 'Pixel 9', ?)""")
                .params("SUB-" + customer, customer, today().plusMonths(14), today().plusDays(days)).update();
    }

    private void start(MomentType type, Channel channel) {
        MomentAnswer answer = intake.receive(new Moment(type + "-" + customer, customer, type, channel,
                TestClock.now(), Map.of("subscriptionId", "SUB-" + customer)));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = new StartedJourney(answer.processInstanceId(), DeviceUpgradeVariables.PROCESS_ID);
    }

    private void answer(MomentType type, Map<String, Object> data) {
        MomentAnswer answer = intake.receive(new Moment(type + "-" + customer + "-" + TestClock.now().toEpochMilli(),
                customer, type, Channel.WEB, TestClock.now(), new HashMap<>(data)));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        assertThat(answer.processInstanceId()).isEqualTo(journey.getId());
    }

    /** What the job executor would do with the journey's asynchronous steps (no due date). */
    private void runAsyncSteps() {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(journey.getId()).messages().list()).isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private void passTime(Duration duration) {
        EngineClock.passTime(managementService, journey.getId(), duration);
    }

    /** What the network's device feed reports, through its entry point. */
    private void networkSeesTheNewDevice(String deviceId) {
        sightings.record(customer, deviceId, TestClock.now());
    }

    private static LocalDate today() {
        return TestClock.today();
    }

    private Object variable(String name) {
        return JourneyRecords.variable(journey, name);
    }

    private List<String> candidateGroups() {
        return JourneyRecords.candidateGroups(journey);
    }

    private List<String> queued() {
        return jdbc.sql("SELECT template, channel, kind FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id")
                .param(customer)
                .query((row, n) -> row.getString("template") + " " + row.getString("channel") + " " + row.getString("kind"))
                .list();
    }

    private String shipment() {
        return jdbc.sql("SELECT status, items FROM cvm.shipment WHERE customer_id = ?").param(customer)
                .query((row, n) -> row.getString("status") + " " + row.getString("items")).single();
    }

    private String recycling() {
        return jdbc.sql("SELECT old_device, handed_in, condition_grade, trade_in_value FROM cvm.device_recycling WHERE customer_id = ?")
                .param(customer)
                .query((row, n) -> row.getString("old_device") + (row.getBoolean("handed_in") ? " handed in" : " kept")
                        + ", grade " + row.getString("condition_grade") + ", £" + row.getBigDecimal("trade_in_value"))
                .single();
    }

    /** What the decision log says the customer answered to the device offer. */
    private String offerOutcome() {
        return jdbc.sql("SELECT outcome FROM cvm.nba_offer WHERE decision_id = ? AND action_id = 'DEVICE_UPGRADE_OFFER'")
                .param(variable(DeviceUpgradeVariables.OFFER_DECISION_ID)).query(String.class).single();
    }

    private String suppressedBy() {
        return jdbc.sql("SELECT suppressed FROM cvm.nba_decision WHERE customer_id = ? AND journey_step = 'DEVICE_UPGRADE'")
                .param(customer).query(String.class).list().toString();
    }
}
