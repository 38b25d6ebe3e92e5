package io.cvmjourneys.journeys.cancellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of the cancellation-winback journey, started and answered through the moments intake
 * as channels do, with the engine clock moved for every wait.
 */
@ProcessTest
class CancellationWinbackProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
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
    ActionCatalog catalog;

    private String customer;
    private ProcessInstance journey;

    @BeforeEach
    void aMassMarketCustomerWithConsentsForEmail() {
        TestClock.pin(MONDAY_NINE);
        customer = "CUST-CW%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Casey Leaver', ?, 'casey@example.org', 'POSTPAID', 'MASS', DATE '2021-05-01', 900, 35, 'A01', FALSE)""")
                .params(customer, "+34 611 " + customer.substring(7)).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'MOBILE', 'Essential 20GB', '5G', 35, DATE '2027-06-30')""")
                .params("SUB-" + customer, customer).update();
        for (String purpose : List.of("MARKETING", "SERVICE")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'EMAIL', TRUE, ?)")
                    .params(customer, purpose, java.sql.Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
        }
    }

    @Test
    void shouldRetainCustomerWhenOfferAcceptedWithinTheAgentsAuthority() {
        customerAsksToCancel(Channel.CALL_CENTER, "PRICE");
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_PresentRetentionOffer");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center");
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(JourneyVariables.CUSTOMER_NAME, "Casey Leaver")
                .containsEntry(JourneyVariables.CUSTOMER_SEGMENT, "MASS")
                .containsEntry(NextBestActionVariables.BEST_ACTION, "RETENTION_DISCOUNT_10");

        complete(task(journey), withVariables("offerResponse", "ACCEPTED", "discountPercent", 10L));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ApplyRetentionOffer").isWaitingAt("Event_AWeekLater");
        assertThat(accountChanges()).containsExactly("DISCOUNT 10");
        assertThat(queuedTemplates()).containsExactly("retention-offer-accepted");
        assertThat(offerOutcome()).isEqualTo("ACCEPTED");

        passTime(Duration.ofDays(7));
        assertThat(queuedTemplates()).containsExactly("retention-offer-accepted", "tnps-survey");
        answer(MomentType.SURVEY_ANSWERED, Map.of("score", 9));

        BpmnAwareTests.assertThat(journey).hasPassed("Event_SurveyAnswered", "EndEvent_CustomerRetained").isEnded();
        assertThat(variable(CancellationVariables.SURVEY_SCORE)).isEqualTo(9);
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("RETAINED");
    }

    @Test
    void shouldAskACvmManagerToApproveADiscountBeyondTheAgentsAuthority() {
        customerAsksToCancel(Channel.CALL_CENTER, "COMPETITOR_OFFER");
        complete(task(journey), withVariables("offerResponse", "ACCEPTED", "discountPercent", 25L));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ApproveRetentionDiscount");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("cvm-managers");
        passTime(Duration.ofHours(4));
        assertThat(task(journey).getPriority()).isEqualTo(90);
        assertThat(candidateGroups(task(journey))).contains("cvm-managers", "camunda-admin");

        complete(task(journey), withVariables("approvalDecision", "APPROVED"));
        assertThat(accountChanges()).containsExactly("DISCOUNT 25");
        passTime(Duration.ofDays(7));
        passTime(Duration.ofDays(14));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueApproval", "Event_SurveyNotAnswered",
                "EndEvent_RetainedWithoutSurvey").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("RETAINED");
    }

    @Test
    void shouldSendTheAgentBackWhenTheManagerRejectsAndLetTheCustomerGoWhenNoOfferMaySeeThem() {
        customerAsksToCancel(Channel.STORE, "SERVICE_QUALITY");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("store");
        complete(task(journey), withVariables("offerResponse", "ACCEPTED", "discountPercent", 30L));
        complete(task(journey), withVariables("approvalDecision", "REJECTED", "approvalComment", "Too generous"));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_PresentRetentionOffer");
        complete(task(journey), withVariables("offerResponse", "DECLINED", "discountPercent", 0L));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_CancelSubscriptions", "Task_ConfirmCancellation")
                .isWaitingAt("Event_WinbackWindowPassed");
        assertThat(variable(CancellationVariables.WINBACK_WAIT_DAYS)).isEqualTo(60);
        assertThat(accountChanges()).containsExactly("CANCELLATION SERVICE_QUALITY");
        assertThat(runningSubscriptions()).isZero();
        assertThat(queuedTemplates()).containsExactly("cancellation-confirmation");
        assertThat(offerOutcome()).isEqualTo("DECLINED");

        jdbc.sql("DELETE FROM cvm.consent WHERE customer_id = ? AND purpose = 'MARKETING'").param(customer).update();
        passTime(Duration.ofDays(1));
        answer(MomentType.SURVEY_ANSWERED, Map.of("score", 8));
        passTime(Duration.ofDays(60));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ChooseWinbackOffer", "EndEvent_LostWithoutWinbackOffer").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LOST");
    }

    @Test
    void shouldWinBackACustomerWhoAcceptsTheWinbackOffer() {
        leaveAndWaitForTheWinbackWindow();

        answer(MomentType.OFFER_ANSWERED, Map.of("answer", "ACCEPTED"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ReactivateSubscriptions", "EndEvent_CustomerWonBack").isEnded();
        assertThat(runningSubscriptions()).isEqualTo(1);
        assertThat(winbackOutcome()).isEqualTo("ACCEPTED");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("WON_BACK");
    }

    @Test
    void shouldLoseACustomerWhoDeclinesTheWinbackOffer() {
        leaveAndWaitForTheWinbackWindow();

        answer(MomentType.OFFER_ANSWERED, Map.of("answer", "DECLINED"));

        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_WinbackDeclined").isEnded();
        assertThat(runningSubscriptions()).isZero();
        assertThat(winbackOutcome()).isEqualTo("DECLINED");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LOST");
    }

    @Test
    void shouldLoseACustomerWhoIgnoresTheWinbackOffer() {
        leaveAndWaitForTheWinbackWindow();

        passTime(Duration.ofDays(14));

        BpmnAwareTests.assertThat(journey).hasPassed("Event_WinbackOfferExpired", "EndEvent_WinbackIgnored").isEnded();
        assertThat(winbackOutcome()).isEqualTo("NO_ANSWER");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("LOST");
    }

    /** Those who left are asked too, so the journey's tNPS is not only the voice of those it kept. */
    @Test
    void shouldAskACustomerWhoLeftHowTheCancellationWentTheNextDay() {
        customerAsksToCancel(Channel.CALL_CENTER, "PRICE");
        complete(task(journey), withVariables("offerResponse", "DECLINED", "discountPercent", 0L));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_ADayAfterLeaving", "Event_WinbackWindowPassed");
        assertThat(queuedTemplates()).containsExactly("cancellation-confirmation");

        passTime(Duration.ofDays(1));
        assertThat(queuedTemplates()).containsExactly("cancellation-confirmation", "tnps-survey");
        answer(MomentType.SURVEY_ANSWERED, Map.of("score", 3));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendLeaverSurvey", "Event_LeaverSurveyAnswered",
                "EndEvent_LeaverSurveyAnswered").isWaitingAt("Event_WinbackWindowPassed");
        assertThat(variable(CancellationVariables.SURVEY_SCORE)).isEqualTo(3);
        assertThat(variable(JourneyVariables.OUTCOME)).isNull();
    }

    @Test
    void shouldWaitForTheAnswerOfACustomerWhoWantsToThink() {
        customerAsksToCancel(Channel.WEB, "PRICE");
        complete(task(journey), withVariables("offerResponse", "THINKING", "discountPercent", 10L));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForAnswer");

        answer(MomentType.OFFER_ANSWERED, Map.of("answer", "ACCEPTED"));

        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_AcceptedAfterThinking", "Task_ApplyRetentionOffer")
                .isWaitingAt("Event_AWeekLater");
        assertThat(accountChanges()).containsExactly("DISCOUNT 10");
    }

    @Test
    void shouldCallACustomerWhoDidNotAnswerInThreeDays() {
        customerAsksToCancel(Channel.APP, "MOVING");
        complete(task(journey), withVariables("offerResponse", "THINKING", "discountPercent", 0L));

        passTime(Duration.ofDays(3));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_FollowUpCall");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center");
        complete(task(journey), withVariables("offerResponse", "DECLINED"));

        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_DeclinedAfterThinking", "Task_CancelSubscriptions")
                .isWaitingAt("Event_WinbackWindowPassed");
        assertThat(variable(CancellationVariables.WINBACK_WAIT_DAYS)).isEqualTo(90);
    }

    @Test
    void shouldCancelWhenTheCancellationFallsDueWhateverElseHappens() {
        customerAsksToCancel(Channel.CALL_CENTER, "NOT_STATED");
        passTime(Duration.ofHours(4));
        Task overdue = task(journey);
        assertThat(overdue.getPriority()).isEqualTo(90);
        assertThat(candidateGroups(overdue)).contains("call-center", "cvm-managers");
        complete(overdue, withVariables("offerResponse", "THINKING", "discountPercent", 0L));
        passTime(Duration.ofDays(3));
        passTime(Duration.ofHours(8));
        assertThat(task(journey).getPriority()).isEqualTo(90);

        passTime(Duration.ofDays(2));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueOffer", "Task_EscalateOverdueFollowUp",
                "BoundaryEvent_CancellationDue", "Task_CancelSubscriptions").isWaitingAt("Event_WinbackWindowPassed");
        assertThat(taskService.createTaskQuery().processInstanceId(journey.getId()).count()).isZero();
        assertThat(offerOutcome()).isEqualTo("NO_ANSWER");
    }

    private void leaveAndWaitForTheWinbackWindow() {
        customerAsksToCancel(Channel.CALL_CENTER, "PRICE");
        complete(task(journey), withVariables("offerResponse", "DECLINED", "discountPercent", 0L));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_WinbackWindowPassed");

        passTime(Duration.ofDays(1));
        passTime(Duration.ofDays(14));
        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_LeaverSurveyClosed");
        passTime(Duration.ofDays(15).plusHours(1));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendWinbackOffer")
                .isWaitingAt("Gateway_WaitForWinbackAnswer");
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(CancellationVariables.WINBACK_OFFER, "WINBACK_THREE_MONTHS_FREE")
                .containsEntry(CancellationVariables.WINBACK_CHANNEL, "EMAIL");
        assertThat(queuedTemplates()).containsExactly("cancellation-confirmation", "tnps-survey", "winback-offer");
    }

    /** The retention step presents an offer of its own programs; a notice the customer is owed goes beside it. */
    @Test
    void shouldPresentARetentionOfferAndNotAPaymentReminderToACustomerInArrears() {
        jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, 70, ?, ?, NULL)")
                .params("INV-" + customer, customer, TestClock.today().minusDays(93), TestClock.today().minusDays(79)).update();

        customerAsksToCancel(Channel.CALL_CENTER, "PRICE");

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_PresentRetentionOffer");
        assertThat((String) variable(NextBestActionVariables.BEST_ACTION)).startsWith("RETENTION_DISCOUNT_");
        assertThat(variable(NextBestActionVariables.MANDATORY_NOTICES)).isEqualTo("Payment reminder for the overdue invoice");
        assertThat(variable(NextBestActionVariables.NO_OFFER_REASON)).isNull();
    }

    /** Nothing of the step's programs fits: the agent reads why, the programs named as the workspace names them. */
    @Test
    void shouldTellTheAgentInWordsWhyThereIsNoRetentionOffer() {
        List<String> retentionOffers = catalog.all().stream()
                .filter(action -> List.of("cancellation-winback", "proactive-retention").contains(action.program()))
                .map(Action::id).toList();
        retentionOffers.forEach(offer -> catalog.setPaused(offer, true, "test", "nothing to offer"));
        try {
            customerAsksToCancel(Channel.CALL_CENTER, "PRICE");

            BpmnAwareTests.assertThat(journey).isWaitingAt("Task_PresentRetentionOffer");
            assertThat(variable(NextBestActionVariables.BEST_ACTION)).isNull();
            assertThat(variable(NextBestActionVariables.NO_OFFER_REASON)).isEqualTo("No offer of Cancellation & winback or"
                    + " Proactive retention fits this customer now; \u201cNot offered\u201d beside the form says why.");
        } finally {
            retentionOffers.forEach(offer -> catalog.setPaused(offer, false, "test", "restored after the test"));
        }
    }

    /** The journey asks from its first step, before the engine has saved it: it must still see itself running. */
    @Test
    void shouldNeverPresentADeviceUpgradeAsTheRetentionOffer() {
        jdbc.sql("UPDATE cvm.subscription SET device_model = 'Phone X', device_lease_end = ? WHERE customer_id = ?")
                .params(LocalDate.ofInstant(MONDAY_NINE, ZoneOffset.UTC).plusDays(28), customer).update();

        customerAsksToCancel(Channel.CALL_CENTER, "PRICE");

        BpmnAwareTests.assertThat(journey).variables().containsEntry(NextBestActionVariables.BEST_ACTION, "RETENTION_DISCOUNT_10");
        String decision = (String) BpmnAwareTests.runtimeService().getVariable(journey.getId(), NextBestActionVariables.DECISION_ID);
        assertThat(jdbc.sql("SELECT suppressed FROM cvm.nba_decision WHERE id = ?").param(decision).query(String.class).single())
                .contains("DEVICE_UPGRADE_OFFER", "Customer is in the Cancellation & Winback journey: Device upgrade offers wait");
        complete(task(journey), withVariables("offerResponse", "ACCEPTED", "discountPercent", 10L));
        passTime(Duration.ofDays(7));
        answer(MomentType.SURVEY_ANSWERED, Map.of("score", 9));
        BpmnAwareTests.assertThat(journey).isEnded();
    }

    private void customerAsksToCancel(Channel channel, String reason) {
        MomentAnswer answer = intake.receive(new Moment("cancel-" + customer, customer, MomentType.CANCELLATION_REQUEST,
                channel, TestClock.now(), Map.of("reason", reason)));
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery()
                .processInstanceId(answer.processInstanceId()).singleResult();
    }

    private void answer(MomentType type, Map<String, Object> data) {
        MomentAnswer answer = intake.receive(new Moment(type + "-" + customer + "-" + TestClock.now().toEpochMilli(),
                customer, type, Channel.WEB, TestClock.now(), data));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
    }

    private void passTime(Duration duration) {
        EngineClock.passTime(managementService, journey.getId(), duration);
    }

    private Object variable(String name) {
        return JourneyRecords.variable(journey, name);
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    }

    private List<String> accountChanges() {
        return jdbc.sql("SELECT kind, percent_off, reason FROM cvm.account_change WHERE customer_id = ? ORDER BY recorded_at")
                .param(customer)
                .query((row, n) -> row.getString("kind") + " "
                        + (row.getObject("percent_off") != null ? row.getInt("percent_off") : row.getString("reason")))
                .list();
    }

    private long runningSubscriptions() {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.subscription WHERE customer_id = ? AND cancelled_on IS NULL")
                .param(customer).query(Long.class).single();
    }

    private List<String> queuedTemplates() {
        return jdbc.sql("SELECT template FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id")
                .param(customer).query(String.class).list();
    }

    private String offerOutcome() {
        return outcomeOf("RETENTION", NextBestActionVariables.DECISION_ID);
    }

    private String winbackOutcome() {
        return outcomeOf("WINBACK", CancellationVariables.WINBACK_DECISION_ID);
    }

    /** What the decision log says the customer answered to the offer of the journey's step. */
    private String outcomeOf(String journeyStep, String decisionVariable) {
        return jdbc.sql("""
                        SELECT o.outcome FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id
                        WHERE d.id = ? AND d.journey_step = ? AND o.rank_no = 1""")
                .params(variable(decisionVariable), journeyStep).query(String.class).single();
    }
}
