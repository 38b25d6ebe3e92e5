package io.cvmjourneys.journeys.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.RankedAction;
import io.cvmjourneys.nba.Suppression;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of a network incident as the affected customers live it, reported and fixed through
 * {@link NetworkIncidents} as the network's monitoring does over REST, with the engine clock moved
 * for every wait. Today is Monday 23 November 2026, 09:00; each test has an area of its own.
 */
@ProcessTest
class ServiceOutageProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final AtomicInteger AREAS = new AtomicInteger();

    @Autowired
    NetworkIncidents incidents;
    @Autowired
    MomentIntake intake;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NextBestActionService nextBestActions;

    private String area;
    private String incident;

    @BeforeEach
    void pinTheClock() {
        TestClock.pin(MONDAY_NINE);
        area = "Q" + AREAS.incrementAndGet();
        incident = "INC-TEST-" + area;
    }

    @Test
    void shouldTellTheAffectedBeforeTheyCallHoldOffersAndEndCaredForWhenTheFixComesInTime() {
        String mobile = customer("MASS", "MOBILE");
        String broadbandOnly = customer("MASS", "BROADBAND");

        NetworkIncidents.Reported reported = incidents.report(incident, area, IncidentKind.MOBILE_OUTAGE,
                "Mast down: no mobile service", null, MONDAY_NINE.plus(Duration.ofHours(6)));

        assertThat(reported.customersAffected()).as("only customers with a mobile line").isOne();
        assertThat(reported.journeysStarted()).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(broadbandOnly).count()).isZero();
        ProcessInstance journey = journeyOf(mobile);
        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForFix");
        assertThat(queued(mobile)).as("no text reaches a phone without signal").containsExactly("EMAIL outage-notice");
        assertThat(kindOf(mobile, "outage-notice")).isEqualTo("MANDATORY");
        assertThat(JourneyRecords.messageParameters(jdbc, mobile, "outage-notice"))
                .contains("\"expectedFix\":\"23 November at 15:00\"", "\"incidentTitle\":\"Mast down: no mobile service\"");
        NextBestActions inStore = nextBestActions.decide(mobile, MomentType.STORE_VISIT, Channel.STORE, null);
        assertThat(inStore.actions()).extracting(RankedAction::kind).doesNotContain(io.cvmjourneys.nba.ActionKind.COMMERCIAL);
        assertThat(inStore.suppressed()).extracting(Suppression::reason)
                .anySatisfy(reason -> assertThat(reason).contains("Mast down", "commercial offers wait until it is fixed"));

        TestClock.pin(MONDAY_NINE.plus(Duration.ofHours(3)));
        NetworkIncidents.Restored restored = incidents.restore(incident, null);
        assertThat(restored.journeysTold()).isOne();
        EngineClock.runDueJobs(managementService, journey.getId());

        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendServiceRestored").hasNotPassed("Task_GrantApologyCredit")
                .isWaitingAt("Event_DayAfterFix");
        assertThat(JourneyRecords.variable(journey, OutageVariables.HOURS_WITHOUT_SERVICE)).isEqualTo(3.0);
        assertThat(JourneyRecords.messageParameters(jdbc, mobile, "service-restored")).contains("\"apologyNote\":\"\"");
        assertThat(nextBestActions.decide(mobile, MomentType.STORE_VISIT, Channel.STORE, null).suppressed())
                .extracting(Suppression::reason).noneSatisfy(reason -> assertThat(reason).contains("Mast down"));

        EngineClock.passTime(managementService, journey.getId(), Duration.ofHours(24));
        assertThat(queued(mobile)).containsExactly("EMAIL outage-notice", "EMAIL service-restored", "EMAIL tnps-survey");
        assertThat(receive(mobile, "survey-" + mobile, MomentType.SURVEY_ANSWERED,
                Map.of("score", 9, "journey", OutageVariables.PROCESS_ID)).status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        EngineClock.runDueJobs(managementService, journey.getId());

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_CaredFor");
        assertThat(JourneyRecords.variable(journey, JourneyVariables.OUTCOME)).isEqualTo("CARED_FOR");
        assertThat(JourneyRecords.variable(journey, OutageVariables.SURVEY_SCORE)).isEqualTo(9);
        assertThat(credits(mobile)).isEmpty();
    }

    @Test
    void shouldUpdateWhileTheFixTakesLongerThenCreditAndCallAValuableCustomer() {
        String valuable = customer("VIP", "BROADBAND");

        incidents.report(incident, area, IncidentKind.BROADBAND_OUTAGE, "Fibre cut by road works", null, null);
        ProcessInstance journey = journeyOf(valuable);
        assertThat(queued(valuable)).as("the phone still works").containsExactly("SMS outage-notice");
        assertThat(JourneyRecords.messageParameters(jdbc, valuable, "outage-notice"))
                .as("no expected fix from the network: four hours on").contains("\"expectedFix\":\"23 November at 13:00\"");

        EngineClock.passTime(managementService, journey.getId(), Duration.ofHours(4));
        EngineClock.passTime(managementService, journey.getId(), Duration.ofHours(12));
        assertThat(queued(valuable)).containsExactly("SMS outage-notice", "SMS outage-update", "SMS outage-update");
        assertThat(kindOf(valuable, "outage-update")).isEqualTo("MANDATORY");
        assertThat(JourneyRecords.variable(journey, OutageVariables.UPDATES_SENT)).isEqualTo(2);
        assertThat(JourneyRecords.variable(journey, OutageVariables.EXPECTED_FIX)).isEqualTo("24 November at 13:00");

        TestClock.pin(MONDAY_NINE.plus(Duration.ofHours(50)));
        incidents.restore(incident, null);
        EngineClock.runDueJobs(managementService, journey.getId());

        assertThat(JourneyRecords.variable(journey, OutageVariables.APOLOGY_CREDIT)).isEqualTo(20.0);
        assertThat(credits(valuable)).containsExactly("CREDIT 20.00 Apology for the outage: Fibre cut by road works");
        assertThat(JourneyRecords.messageParameters(jdbc, valuable, "service-restored"))
                .contains("we have taken £20.00 off your next bill");
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallToApologise");
        assertThat(JourneyRecords.candidateGroups(journey)).containsExactly("call-center");
        complete(task(journey), withVariables(OutageVariables.APOLOGY_CALL_RESULT, "APOLOGISED", "agentNote", "All fine again"));

        EngineClock.passTime(managementService, journey.getId(), Duration.ofHours(24));
        EngineClock.passTime(managementService, journey.getId(), Duration.ofDays(7));
        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Event_SurveyNotAnswered", "EndEvent_CaredFor");
    }

    @Test
    void shouldEscalateAnApologyCallNobodyMakesAndRecordACustomerWhoComplainedAllTheSame() {
        String valuable = customer("HIGH_VALUE", "MOBILE");
        incidents.report(incident, area, IncidentKind.MOBILE_OUTAGE, "Mast down", null, MONDAY_NINE.plus(Duration.ofHours(20)));
        ProcessInstance journey = journeyOf(valuable);
        // the complaint journey records it; that journey is tested on its own
        jdbc.sql("""
                        INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at)
                        VALUES (?, ?, 'CALL_CENTER', 'NETWORK', 'No signal since this morning and nobody told me', ?)""")
                .params("CMP-" + valuable, valuable, Timestamp.from(TestClock.now().plus(Duration.ofHours(2)))).update();

        TestClock.pin(MONDAY_NINE.plus(Duration.ofHours(14)));
        incidents.restore(incident, null);
        EngineClock.runDueJobs(managementService, journey.getId());
        assertThat(JourneyRecords.variable(journey, OutageVariables.APOLOGY_CREDIT)).isEqualTo(10.0);
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallToApologise");

        EngineClock.passTime(managementService, journey.getId(), Duration.ofDays(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueApologyCall").isWaitingAt("Task_CallToApologise");
        assertThat(JourneyRecords.candidateGroups(journey)).contains("call-center", "cvm-managers");
        complete(task(journey), withVariables(OutageVariables.APOLOGY_CALL_RESULT, "NO_ANSWER"));
        EngineClock.passTime(managementService, journey.getId(), Duration.ofHours(24));
        EngineClock.passTime(managementService, journey.getId(), Duration.ofDays(7));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_ComplainedAnyway");
        assertThat(JourneyRecords.variable(journey, JourneyVariables.OUTCOME)).isEqualTo("COMPLAINED");
        assertThat(JourneyRecords.variable(journey, JourneyVariables.COMPLAINT_SUMMARY))
                .isEqualTo("No signal since this morning and nobody told me");
    }

    @Test
    void shouldGiveNoCreditForPlannedWorksOrAShortSlowService() {
        String planned = customer("VIP", "MOBILE");
        incidents.report(incident, area, IncidentKind.PLANNED_WORKS, "Planned upgrade of the mast", null, null);
        ProcessInstance journey = journeyOf(planned);
        assertThat(queued(planned)).as("planned works leave the phone working").containsExactly("SMS outage-notice");
        TestClock.pin(MONDAY_NINE.plus(Duration.ofHours(3)));
        incidents.restore(incident, null);
        EngineClock.runDueJobs(managementService, journey.getId());
        BpmnAwareTests.assertThat(journey).hasNotPassed("Task_GrantApologyCredit", "Task_CallToApologise");

        String slow = customer("MASS", "BROADBAND");
        String degraded = incident + "-SLOW";
        incidents.report(degraded, area, IncidentKind.BROADBAND_DEGRADATION, "Slow broadband", null, null);
        ProcessInstance slowJourney = journeyOf(slow);
        TestClock.pin(TestClock.now().plus(Duration.ofHours(30)));
        incidents.restore(degraded, null);
        EngineClock.runDueJobs(managementService, slowJourney.getId());
        assertThat(JourneyRecords.variable(slowJourney, OutageVariables.APOLOGY_CREDIT)).isEqualTo(0.0);
        assertThat(credits(slow)).isEmpty();
    }

    @Test
    void shouldStartNothingTwiceAndRefuseWhatTheNetworkCannotHaveMeant() {
        String mobile = customer("MASS", "MOBILE");
        incidents.report(incident, area, IncidentKind.MOBILE_OUTAGE, "Mast down", null, null);

        NetworkIncidents.Reported again = incidents.report(incident, area, IncidentKind.MOBILE_OUTAGE, "Mast down", null, null);
        assertThat(again.journeysStarted()).as("a report sent twice").isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(mobile).count()).isOne();

        assertStatus(() -> incidents.report(incident, "ZZ", IncidentKind.MOBILE_OUTAGE, "Mast down", null, null),
                HttpStatus.CONFLICT, "reported before");
        assertStatus(() -> incidents.report(incident + "-B", area, IncidentKind.MOBILE_OUTAGE, "Later", null,
                MONDAY_NINE.minus(Duration.ofHours(1))), HttpStatus.BAD_REQUEST, "expectedFixAt");
        assertStatus(() -> incidents.report(incident + "-C", area, IncidentKind.MOBILE_OUTAGE, "Soon",
                MONDAY_NINE.plus(Duration.ofHours(1)), null), HttpStatus.BAD_REQUEST, "startedAt");
        assertStatus(() -> incidents.restore("INC-NOBODY-REPORTED", null), HttpStatus.NOT_FOUND, "no incident");
        assertStatus(() -> incidents.restore(incident, MONDAY_NINE.minus(Duration.ofDays(1))), HttpStatus.BAD_REQUEST,
                "restoredAt");

        String elsewhere = customer("MASS", "MOBILE");
        jdbc.sql("UPDATE cvm.customer SET area_code = 'ZZ' WHERE id = ?").param(elsewhere).update();
        Refusals.assertBadRequest(() -> receive(elsewhere, "outage-" + elsewhere, MomentType.SERVICE_OUTAGE,
                Map.of("incidentId", incident)), "data.incidentId", "does not touch");
        Refusals.assertBadRequest(() -> receive(elsewhere, "outage-unknown-" + elsewhere, MomentType.SERVICE_OUTAGE,
                Map.of("incidentId", "INC-NOBODY-REPORTED")), "data.incidentId", "must name an incident");

        incidents.restore(incident, null);
        assertThat(incidents.restore(incident, null).journeysTold()).as("a fix sent twice").isZero();
        assertStatus(() -> incidents.report(incident, area, IncidentKind.MOBILE_OUTAGE, "Mast down", null, null),
                HttpStatus.CONFLICT, "was fixed");
        String latecomer = customer("MASS", "MOBILE");
        Refusals.assertBadRequest(() -> receive(latecomer, "outage-" + latecomer, MomentType.SERVICE_OUTAGE,
                Map.of("incidentId", incident)), "data.incidentId", "was not open");
    }

    /** A customer of the test's area with one subscription of the product type, who takes service messages. */
    private String customer(String segment, String productType) {
        int number = AREAS.incrementAndGet();
        String id = "CUST-OU" + area + "-" + number;
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Olive Outage', ?, ?, ?, ?, DATE '2019-03-01', 2500, 40, ?, FALSE)""")
                .params(id, "+44 7700 95%04d".formatted(number), "olive" + number + "@example.org",
                        productType.equals("BROADBAND") ? "HOME" : "POSTPAID", segment, area).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, ?, 'Essential', ?, 30, DATE '2027-10-01')""")
                .params("SUB-" + id, id, productType, productType.equals("BROADBAND") ? "FIBRE" : "5G").update();
        for (String channel : List.of("SMS", "EMAIL")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', ?, TRUE, ?)")
                    .params(id, channel, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
        }
        return id;
    }

    private ProcessInstance journeyOf(String customer) {
        ProcessInstance journey = runtimeService.createProcessInstanceQuery().processDefinitionKey(OutageVariables.PROCESS_ID)
                .processInstanceBusinessKey(customer).singleResult();
        EngineClock.runDueJobs(managementService, journey.getId());
        return journey;
    }

    private MomentAnswer receive(String customer, String eventId, MomentType type, Map<String, Object> data) {
        return intake.receive(new Moment(eventId, customer, type, Channel.APP, TestClock.now(), data));
    }

    private List<String> queued(String customer) {
        return JourneyRecords.queuedMessages(jdbc, customer);
    }

    private String kindOf(String customer, String template) {
        return jdbc.sql("SELECT kind FROM cvm.outbox_message WHERE customer_id = ? AND template = ?")
                .params(customer, template).query(String.class).list().get(0);
    }

    private List<String> credits(String customer) {
        return jdbc.sql("SELECT kind, amount, reason FROM cvm.account_change WHERE customer_id = ? ORDER BY recorded_at")
                .param(customer).query((row, n) -> row.getString("kind") + " " + row.getBigDecimal("amount").setScale(2)
                        .toPlainString() + " " + row.getString("reason")).list();
    }

    private static void assertStatus(Runnable call, HttpStatus status, String says) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.getMessage()).contains(says);
        });
    }
}
