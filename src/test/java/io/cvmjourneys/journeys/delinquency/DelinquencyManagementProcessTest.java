package io.cvmjourneys.journeys.delinquency;

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
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
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
 * Every path of the delinquency-management journey, started and answered through the moments intake
 * as the billing system, the payment system and channels do, with the engine clock moved for every wait.
 */
@ProcessTest
class DelinquencyManagementProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(MONDAY_NINE, ZoneOffset.UTC);
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

    private String customer;
    private ProcessInstance journey;

    @BeforeEach
    void startTheClock() {
        TestClock.pin(MONDAY_NINE);
        customer = "CUST-DM%04d".formatted(CUSTOMERS.incrementAndGet());
    }

    @Test
    void shouldCureTheAccountWhenThePaymentArrivesDuringTheLadder() {
        invoiceOverdue("MASS", false, 80, 1);
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_FirstReminderDue");
        BpmnAwareTests.assertThat(journey).variables()
                .containsEntry(DelinquencyVariables.COLLECTION_STRATEGY, "STANDARD")
                .containsEntry("firstReminderAfter", "P1D")
                .containsEntry(DelinquencyVariables.LATE_PAYMENTS, 1);

        passTime(Duration.ofDays(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendFriendlyReminder").isWaitingAt("Event_SecondReminderDue");
        assertThat(queued()).containsExactly("dunning-friendly-reminder EMAIL");
        assertThat(dunningDecisions()).containsExactly("DUNNING DUNNING_REMINDER");

        answer(MomentType.PAYMENT_RECEIVED, Map.of("amount", 80));
        passTime(Duration.ZERO);

        BpmnAwareTests.assertThat(journey).hasPassed("BoundaryEvent_OverduePaymentReceived", "Task_SettleAccount",
                "Task_ThankCustomer", "Task_SendSatisfactionSurvey").isWaitingAt("Gateway_WaitForSurvey");
        assertThat(invoicePaidOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(queued()).containsExactly("dunning-friendly-reminder EMAIL", "payment-thank-you EMAIL", "tnps-survey EMAIL");
        answer(MomentType.SURVEY_ANSWERED, Map.of("score", 8));

        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_Cured").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("CURED");
        assertThat(variable(DelinquencyVariables.DAYS_TO_PAY)).isEqualTo(4L);
        assertThat(variable(DelinquencyVariables.SURVEY_SCORE)).isEqualTo(8);
        assertThat(steps()).containsExactly("dunning-friendly-reminder SENT", "PAYMENT CURED");
    }

    @Test
    void shouldRunTheWholeLadderAndTerminateTheContractOfASelfCureCustomerWhoNeverPays() {
        invoiceOverdue("MASS", false, 60, 0);
        assertThat(variable(DelinquencyVariables.COLLECTION_STRATEGY)).isEqualTo("SELF_CURE");

        passTime(Duration.ofDays(5));
        passTime(Duration.ofDays(7));
        passTime(Duration.ofDays(7));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallCustomer");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center");
        passTime(Duration.ofHours(8));
        assertThat(task(journey).getPriority()).isEqualTo(90);
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "UNREACHABLE"));

        passTime(Duration.ofDays(7));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendBarringNotice").isWaitingAt("Event_NoticePeriodOver");
        assertThat(dunningDecisions()).containsExactly("DUNNING DUNNING_REMINDER", "DUNNING DUNNING_REMINDER",
                "BARRING BARRING_NOTICE");
        passTime(Duration.ofDays(7));
        assertThat(barring()).isEqualTo("PARTIAL");
        passTime(Duration.ofDays(14));
        assertThat(barring()).isEqualTo("FULL");
        passTime(Duration.ofDays(30));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueCallCustomer", "Task_RecordLadderExhausted",
                "EndEvent_CollectionExhausted", "Task_TerminateContract", "EndEvent_ContractTerminated").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("TERMINATED");
        assertThat(runningSubscriptions()).isZero();
        assertThat(queued()).containsExactly("dunning-friendly-reminder EMAIL", "dunning-second-reminder EMAIL",
                "barring-notice EMAIL", "cancellation-confirmation EMAIL");
        assertThat(steps()).containsExactly("dunning-friendly-reminder SENT", "dunning-second-reminder SENT",
                "barring-notice SENT", "BARRING PARTIAL", "BARRING FULL", "LADDER EXHAUSTED", "CLOSURE TERMINATED");
    }

    @Test
    void shouldHandAValuableCustomersDebtToTheCollectionsAgencyWhenTheLadderRunsOut() {
        invoiceOverdue("VIP", false, 120, 0);
        assertThat(variable(DelinquencyVariables.COLLECTION_STRATEGY)).isEqualTo("HIGH_TOUCH");
        passTime(Duration.ofDays(1));
        passTime(Duration.ofDays(2));
        passTime(Duration.ofDays(1));
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "UNREACHABLE"));
        passTime(Duration.ofDays(7));
        passTime(Duration.ofDays(7));
        passTime(Duration.ofDays(14));
        passTime(Duration.ofDays(30));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_HandOffToCollections", "EndEvent_HandedOff").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("HANDED_OFF");
        assertThat(accountChanges()).containsExactly("BARRING_PARTIAL", "BARRING_FULL", "COLLECTIONS");
    }

    @Test
    void shouldCountAKeptPromiseWhenThePromisedPaymentArrives() {
        invoiceOverdue("MASS", false, 80, 1);
        reachTheCall();
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "PROMISE_TO_PAY",
                DelinquencyVariables.PROMISED_DATE, TODAY.plusDays(14).toString()));
        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_PromiseMade", "Task_RecordPromise")
                .isWaitingAt("Event_PromiseDeadlinePassed");

        passTime(Duration.ofDays(3));
        answer(MomentType.PAYMENT_RECEIVED, Map.of());
        passTime(Duration.ZERO);
        passTime(Duration.ofDays(14));

        BpmnAwareTests.assertThat(journey).hasPassed("Event_SurveyNotAnswered", "EndEvent_CuredWithoutSurvey").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("CURED");
        assertThat(steps()).contains("PROMISE_TO_PAY MADE", "PROMISE_TO_PAY KEPT", "PAYMENT CURED");
    }

    @Test
    void shouldResumeTheLadderWhereItStoppedAfterEveryBrokenPromise() {
        invoiceOverdue("MASS", false, 80, 1);
        passTime(Duration.ofDays(1));
        breakAPromise();
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_SecondReminderDue");
        passTime(Duration.ofDays(5));
        breakAPromise();
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_AgentCallDue");
        passTime(Duration.ofDays(3));
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "PROMISE_TO_PAY",
                DelinquencyVariables.PROMISED_DATE, TestClock.now().atZone(TestClock.OPERATOR_ZONE)
                        .toLocalDate().plusDays(1).toString()));
        passTime(Duration.ofDays(4));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_BarringNoticeDue");
        passTime(Duration.ofDays(5));
        passTime(Duration.ofDays(7));
        breakAPromise();
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_FullBarringDue");
        passTime(Duration.ofDays(14));
        breakAPromise();
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_ClosureDue");

        answer(MomentType.PAYMENT_RECEIVED, Map.of());
        passTime(Duration.ZERO);

        BpmnAwareTests.assertThat(journey).hasPassed("Task_RecordBrokenPromise", "Task_BarFully")
                .isWaitingAt("Gateway_WaitForSurvey");
        assertThat(steps()).filteredOn(step -> step.startsWith("PROMISE_TO_PAY"))
                .containsExactly("PROMISE_TO_PAY MADE", "PROMISE_TO_PAY BROKEN", "PROMISE_TO_PAY MADE", "PROMISE_TO_PAY BROKEN",
                        "PROMISE_TO_PAY MADE", "PROMISE_TO_PAY BROKEN", "PROMISE_TO_PAY MADE", "PROMISE_TO_PAY BROKEN",
                        "PROMISE_TO_PAY MADE", "PROMISE_TO_PAY BROKEN");
        assertThat(accountChanges()).containsExactly("BARRING_PARTIAL", "BARRING_FULL", "PAYMENT", "BARRING_LIFTED");
        assertThat(barring()).isNull();
    }

    @Test
    void shouldCureTheAccountWhenEveryInstalmentOfAPlanWithinTheAgentsAuthorityIsPaid() {
        invoiceOverdue("MASS", false, 250, 1);
        reachTheCall();
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "PAYMENT_PLAN"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_StartPaymentPlan")
                .isWaitingAt("Gateway_WaitForInstalment");
        assertThat(instalments()).containsExactly("1 83.33 open", "2 83.33 open", "3 83.34 open");
        passTime(Duration.ofDays(6));
        answer(MomentType.PAYMENT_RECEIVED, Map.of());
        passTime(Duration.ofDays(30));
        answer(MomentType.PAYMENT_RECEIVED, Map.of());
        passTime(Duration.ofDays(30));
        answer(MomentType.PAYMENT_RECEIVED, Map.of());
        passTime(Duration.ZERO);

        BpmnAwareTests.assertThat(journey).hasPassed("Task_SettleAccount")
                .isWaitingAt("Gateway_WaitForSurvey");
        assertThat(instalments()).allMatch(instalment -> instalment.endsWith("paid"));
        assertThat(planStatus()).isEqualTo("PAID_OFF");
        assertThat(invoicePaidOn()).isNotNull();
        assertThat(queued()).contains("payment-plan-agreed EMAIL");
        assertThat(steps()).contains("PAYMENT_PLAN AGREED", "PAYMENT_PLAN INSTALMENT_PAID", "PAYMENT_PLAN PAID_OFF");
    }

    @Test
    void shouldResumeCollectionWhenAnInstalmentOfAnApprovedPlanIsMissed() {
        invoiceOverdue("MASS", false, 800, 1);
        assertThat(variable(DelinquencyVariables.COLLECTION_STRATEGY)).isEqualTo("HIGH_TOUCH");
        passTime(Duration.ofDays(1));
        passTime(Duration.ofDays(2));
        passTime(Duration.ofDays(1));
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "PAYMENT_PLAN"));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ApprovePaymentPlan");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("cvm-managers");
        passTime(Duration.ofHours(4));
        assertThat(candidateGroups(task(journey))).contains("cvm-managers", "camunda-admin");
        complete(task(journey), withVariables(DelinquencyVariables.PLAN_DECISION, "APPROVED"));
        assertThat(instalments()).hasSize(12);

        answer(MomentType.PAYMENT_RECEIVED, Map.of());
        passTime(Duration.ofDays(46));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueApprovePaymentPlan", "Event_InstalmentMissed",
                "Task_RecordMissedInstalment").isWaitingAt("Event_BarringNoticeDue");
        assertThat(planStatus()).isEqualTo("BROKEN");
        assertThat(steps()).contains("PAYMENT_PLAN AGREED", "PAYMENT_PLAN INSTALMENT_PAID", "PAYMENT_PLAN BROKEN");
    }

    @Test
    void shouldResumeCollectionWhenTheManagerRejectsThePlanOrTheCustomerIsNotEligible() {
        invoiceOverdue("MASS", false, 80, 4);
        assertThat(variable("paymentRisk")).isNull();
        reachTheCall();
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "PAYMENT_PLAN"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_RecordPlanRefused")
                .isWaitingAt("Event_BarringNoticeDue");
        assertThat(variable("planEligible")).isEqualTo(false);

        customer = "CUST-DM%04d".formatted(CUSTOMERS.incrementAndGet());
        invoiceOverdue("MASS", false, 800, 1);
        passTime(Duration.ofDays(1));
        passTime(Duration.ofDays(2));
        passTime(Duration.ofDays(1));
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "PAYMENT_PLAN"));
        complete(task(journey), withVariables(DelinquencyVariables.PLAN_DECISION, "REJECTED"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_RecordPlanRefused")
                .isWaitingAt("Event_BarringNoticeDue");
        assertThat(steps()).contains("PAYMENT_PLAN REFUSED");
    }

    @Test
    void shouldCreditTheInvoiceWhenCxUpholdsTheDispute() {
        invoiceOverdue("MASS", false, 80, 1);
        reachTheCall();
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "DISPUTE",
                DelinquencyVariables.DISPUTE_REASON, "Roaming charges I never made"));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ReviewDispute");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("cx-team");
        passTime(Duration.ofDays(2));
        assertThat(task(journey).getPriority()).isEqualTo(90);
        complete(task(journey), withVariables(DelinquencyVariables.DISPUTE_DECISION, "UPHELD",
                "disputeNote", "The invoice charged roaming the customer never used."));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueReviewDispute", "EndEvent_DisputeUpheld",
                "Task_CreditDisputedAmount", "EndEvent_InvoiceCredited").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("CREDITED");
        assertThat(accountChanges()).containsExactly("CREDIT");
        assertThat(invoicePaidOn()).isNotNull();
    }

    @Test
    void shouldResumeDunningWhenCxRejectsTheDisputeAndCureWhenThePaymentComesLater() {
        invoiceOverdue("MASS", false, 80, 1);
        reachTheCall();
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "DISPUTE"));
        complete(task(journey), withVariables(DelinquencyVariables.DISPUTE_DECISION, "REJECTED",
                "disputeNote", "The calls on the invoice were made from the customer's phone."));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_RecordDisputeRejected")
                .isWaitingAt("Event_BarringNoticeDue");
        answer(MomentType.PAYMENT_RECEIVED, Map.of());
        passTime(Duration.ZERO);
        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForSurvey");
        assertThat(steps()).contains("DISPUTE REJECTED", "PAYMENT CURED");
    }

    @Test
    void shouldAskASpecialistBeforeBarringAVulnerableCustomer() {
        invoiceOverdue("MASS", true, 80, 1);
        assertThat(variable(DelinquencyVariables.COLLECTION_STRATEGY)).isEqualTo("VULNERABLE_CARE");
        passTime(Duration.ofDays(3));
        passTime(Duration.ofDays(7));
        passTime(Duration.ofDays(2));
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "UNREACHABLE"));
        passTime(Duration.ofDays(14));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ReviewVulnerableCustomer");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("cx-team");
        assertThat(queued()).doesNotContain("barring-notice EMAIL");
        passTime(Duration.ofDays(1));
        complete(task(journey), withVariables(DelinquencyVariables.SPECIALIST_DECISION, "BAR",
                "specialistNote", "Support offered twice and refused; barring outgoing calls only."));
        passTime(Duration.ofDays(14));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueReviewVulnerableCustomer",
                "Task_SendBarringNotice", "Task_BarPartially").isWaitingAt("Event_FullBarringDue");
        assertThat(barring()).isEqualTo("PARTIAL");
    }

    @Test
    void shouldNeverBarAVulnerableCustomerTheSpecialistSpares() {
        invoiceOverdue("MASS", true, 80, 1);
        passTime(Duration.ofDays(3));
        passTime(Duration.ofDays(7));
        passTime(Duration.ofDays(2));
        complete(task(journey), withVariables(DelinquencyVariables.CUSTOMER_RESPONSE, "UNREACHABLE"));
        passTime(Duration.ofDays(14));
        complete(task(journey), withVariables(DelinquencyVariables.SPECIALIST_DECISION, "SPARE",
                "specialistNote", "Customer in hospital: collection paused until the family calls back."));
        passTime(Duration.ofDays(45));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_HandOffToCollections").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("HANDED_OFF");
        assertThat(accountChanges()).containsExactly("COLLECTIONS");
    }

    @Test
    void shouldRefuseAnOverdueMomentWithoutAnUnpaidInvoice() {
        new DebtorFixture(jdbc).debtor(customer, "MASS", false, BigDecimal.TEN, 0, TODAY);
        Assertions.assertThatThrownBy(() -> intake.receive(moment("overdue-" + customer, MomentType.INVOICE_OVERDUE,
                        Map.of("invoiceId", "INV-NOT-THERE"))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("no unpaid invoice"));
        Assertions.assertThatThrownBy(() -> intake.receive(moment("promise-" + customer, MomentType.PROMISE_TO_PAY,
                        Map.of("promisedDate", "tomorrow"))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("data.promisedDate"));
    }

    private void reachTheCall() {
        passTime(Duration.ofDays(1));
        passTime(Duration.ofDays(5));
        passTime(Duration.ofDays(3));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallCustomer");
    }

    /** The customer promises to pay tomorrow (PROMISE_TO_PAY) and does not; the promise is broken after the grace. */
    private void breakAPromise() {
        LocalDate today = TestClock.today();
        answer(MomentType.PROMISE_TO_PAY, Map.of("promisedDate", today.plusDays(1).toString()));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_PromiseDeadlinePassed");
        passTime(Duration.ofDays(4));
    }

    private void invoiceOverdue(String segment, boolean vulnerable, int amount, int latePayments) {
        new DebtorFixture(jdbc).debtor(customer, segment, vulnerable, BigDecimal.valueOf(amount), latePayments, TODAY);
        MomentAnswer answer = intake.receive(moment("overdue-" + customer, MomentType.INVOICE_OVERDUE,
                Map.of("invoiceId", "INV-" + customer)));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery()
                .processInstanceId(answer.processInstanceId()).singleResult();
        BpmnAwareTests.assertThat(journey).isWaitingAt("StartEvent_InvoiceOverdue");
        passTime(Duration.ZERO);
    }

    private void answer(MomentType type, Map<String, Object> data) {
        MomentAnswer answer = intake.receive(moment(type + "-" + customer + "-" + TestClock.now().toEpochMilli(), type, data));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
    }

    private Moment moment(String eventId, MomentType type, Map<String, Object> data) {
        return new Moment(eventId, customer, type, Channel.APP, TestClock.now(), data);
    }

    private void passTime(Duration duration) {
        EngineClock.passTime(managementService, journey.getId(), duration);
    }

    private Object variable(String name) {
        return JourneyRecords.variable(journey, name);
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private List<String> queued() {
        return jdbc.sql("SELECT template, channel FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id").param(customer)
                .query((row, n) -> row.getString("template") + " " + row.getString("channel")).list();
    }

    /** The notices sent, each with the journey step of the next-best-action decision that logged it. */
    private List<String> dunningDecisions() {
        return jdbc.sql("""
                        SELECT d.journey_step, m.action_id FROM cvm.outbox_message m JOIN cvm.nba_decision d ON d.id = m.decision_id
                        WHERE m.customer_id = ? ORDER BY m.id""")
                .param(customer).query((row, n) -> row.getString(1) + " " + row.getString(2)).list();
    }

    private List<String> steps() {
        return jdbc.sql("SELECT step, outcome FROM cvm.collection_step WHERE customer_id = ? ORDER BY recorded_at, reference")
                .param(customer).query((row, n) -> row.getString(1) + " " + row.getString(2)).list();
    }

    private List<String> accountChanges() {
        return jdbc.sql("SELECT kind FROM cvm.account_change WHERE customer_id = ? ORDER BY recorded_at, reference")
                .param(customer).query(String.class).list();
    }

    private List<String> instalments() {
        return jdbc.sql("""
                        SELECT i.seq_no, i.amount, i.paid_on FROM cvm.payment_plan_instalment i
                        JOIN cvm.payment_plan p ON p.id = i.plan_id WHERE p.customer_id = ? ORDER BY i.seq_no""")
                .param(customer).query((row, n) -> row.getInt(1) + " " + row.getBigDecimal(2).toPlainString() + " "
                        + (row.getObject(3) == null ? "open" : "paid")).list();
    }

    private String planStatus() {
        return jdbc.sql("SELECT status FROM cvm.payment_plan WHERE customer_id = ?").param(customer).query(String.class).single();
    }

    private String barring() {
        return jdbc.sql("SELECT barring_level FROM cvm.barring WHERE customer_id = ?").param(customer)
                .query(String.class).optional().orElse(null);
    }

    private LocalDate invoicePaidOn() {
        return jdbc.sql("SELECT paid_on FROM cvm.invoice WHERE id = ?").param("INV-" + customer)
                .query(LocalDate.class).single();
    }

    private long runningSubscriptions() {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.subscription WHERE customer_id = ? AND cancelled_on IS NULL")
                .param(customer).query(Long.class).single();
    }
}
