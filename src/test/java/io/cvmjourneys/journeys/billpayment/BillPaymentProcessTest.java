package io.cvmjourneys.journeys.billpayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.testsupport.JourneyProcessTest;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Every path of the bill-payment journey, started through the moments intake as billing issues an
 * invoice on Monday 23 November 2026, due two weeks later on Monday 7 December; the engine clock
 * moves to the reminder's morning and past the due date.
 */
class BillPaymentProcessTest extends JourneyProcessTest {

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();
    private static final LocalDate DUE = LocalDate.of(2026, 12, 7);

    private String invoice;

    @Test
    void shouldRemindAPunctualPayerTwoDaysBeforeAndCountThePaymentOnTime() {
        customerWithServiceConsent();
        issue();

        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForReminderDay");
        assertThat(variable(BillPaymentVariables.REMINDER_DAYS_BEFORE)).isEqualTo(2);
        assertThat(variable(BillPaymentVariables.REMINDER_AT)).isEqualTo(java.util.Date.from(Instant.parse("2026-12-05T10:00:00Z")));
        passTimeTo("2026-12-05T10:00:00Z");

        assertThat(queued()).containsExactly("EMAIL payment-reminder");
        assertThat(JourneyRecords.messageParameters(jdbc, customer, "payment-reminder"))
                .contains("\"amountDue\":\"42.50\"", "\"dueDate\":\"2026-12-07\"", "\"payLink\":\"https://pay.cvmjourneys.io/" + invoice);
        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendPaymentReminder", "EndEvent_NoDirectDebitOffer")
                .isWaitingAt("Gateway_WaitForPayment");

        pay();

        BpmnAwareTests.assertThat(journey).hasPassed("Event_BillPaid", "Task_RecordPayment", "EndEvent_PaidOnTime").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("PAID_ON_TIME");
        assertThat(paidOn()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(offerOutcome("PAYMENT_REMINDER")).as("paid after the reminder").isEqualTo("ACCEPTED");
    }

    @Test
    void shouldRemindALatePayerFiveDaysBeforeOfferDirectDebitAndSetItUp() {
        customerWithServiceConsent();
        latePaymentsThisYear(2);
        issue();
        assertThat(variable(BillPaymentVariables.REMINDER_DAYS_BEFORE)).isEqualTo(5);

        passTimeTo("2026-12-02T10:00:00Z");

        assertThat(queued()).containsExactly("EMAIL payment-reminder", "EMAIL direct-debit-offer");
        BpmnAwareTests.assertThat(journey).hasPassed("Task_ChooseDirectDebitOffer", "Task_SendDirectDebitOffer")
                .isWaitingAt("Gateway_WaitForPayment", "Gateway_WaitForOfferAnswer");
        answer(MomentType.OFFER_ANSWERED, Map.of("answer", "ACCEPTED"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_RecordDirectDebitAnswer", "Task_SetUpDirectDebit",
                "EndEvent_DirectDebitSetUp");
        assertThat(directDebits()).isEqualTo(1);
        assertThat(offerOutcome("DIRECT_DEBIT_OFFER")).isEqualTo("ACCEPTED");
        assertThat(queued()).endsWith("EMAIL direct-debit-confirmed");

        // the mandate starts with the next bill: this one is still the customer's to pay, and they do not
        passTimeTo("2026-12-08T00:00:00Z");

        BpmnAwareTests.assertThat(journey).hasPassed("Event_DueDatePassed", "EndEvent_NotPaidByDueDate").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_PAID_BY_DUE_DATE");
        assertThat(paidOn()).isNull();
        assertThat(offerOutcome("PAYMENT_REMINDER")).as("no payment after the reminder").isEqualTo("NO_ANSWER");
    }

    @Test
    void shouldRecordNoAnswerToTheOfferAfterTwoWeeksWhenTheCustomerPaidButSaidNothing() {
        customerWithServiceConsent();
        latePaymentsThisYear(1);
        issue();
        assertThat(variable(BillPaymentVariables.REMINDER_DAYS_BEFORE)).isEqualTo(3);
        passTimeTo("2026-12-04T10:00:00Z");
        pay();
        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_PaidOnTime").isWaitingAt("Gateway_WaitForOfferAnswer");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("PAID_ON_TIME");

        passTime(Duration.ofDays(14));

        BpmnAwareTests.assertThat(journey).hasPassed("Event_OfferNotAnswered", "Task_RecordDirectDebitAnswer",
                "EndEvent_DirectDebitNotTaken").isEnded();
        assertThat(offerOutcome("DIRECT_DEBIT_OFFER")).isEqualTo("NO_ANSWER");
        assertThat(directDebits()).isZero();
    }

    @Test
    void shouldSendNoReminderToACustomerWhoPaysBeforeIt() {
        customerWithServiceConsent();
        issue();
        passTime(Duration.ofDays(1));

        pay();

        BpmnAwareTests.assertThat(journey).hasPassed("Event_PaidBeforeReminder", "Task_RecordEarlyPayment",
                "EndEvent_PaidBeforeReminder").hasNotPassed("Task_SendPaymentReminder").isEnded();
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("PAID_ON_TIME");
        assertThat(queued()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id"
                + " WHERE d.customer_id = ?").param(customer).query(Long.class).single()).as("no reminder, so no answer to one").isZero();
    }

    @Test
    void shouldLeaveACustomerWhoPaysByDirectDebitAlone() {
        customerWithServiceConsent();
        jdbc.sql("INSERT INTO cvm.direct_debit (customer_id, set_up_at, reference) VALUES (?, ?, 'mandate')")
                .params(customer, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(90)))).update();
        issue();

        BpmnAwareTests.assertThat(journey).hasPassed("Gateway_ReminderAhead").isWaitingAt("Gateway_WaitForPayment");
        passTimeTo("2026-12-07T06:00:00Z");
        pay();

        BpmnAwareTests.assertThat(journey).hasPassed("EndEvent_PaidOnTime").hasNotPassed("Task_SendPaymentReminder").isEnded();
        assertThat(queued()).isEmpty();
    }

    /** The reminder passes the policies a service message passes: without consent it is held back, and so is the offer. */
    @Test
    void shouldSendNeitherReminderNorOfferToACustomerWhoAllowedNoServiceMessages() {
        customer = newCustomer();
        latePaymentsThisYear(3);
        issue();

        passTimeTo("2026-12-02T10:00:00Z");

        assertThat(variable(BillPaymentVariables.REMINDER_SENT)).isEqualTo(false);
        BpmnAwareTests.assertThat(journey).hasPassed("Task_SendPaymentReminder", "EndEvent_OfferNotAllowed")
                .isWaitingAt("Gateway_WaitForPayment");
        assertThat(queued()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_decision WHERE customer_id = ?").param(customer).query(Long.class)
                .single()).as("the decisions that held them back are logged").isPositive();
    }

    @Test
    void shouldNotRemindOfABillIssuedTooLateForItsReminder() {
        customerWithServiceConsent();
        invoice = invoice(TestClock.today().plusDays(1));
        start();

        assertThat(variable(BillPaymentVariables.REMINDER_AHEAD)).isEqualTo(false);
        BpmnAwareTests.assertThat(journey).isWaitingAt("Gateway_WaitForPayment");
    }

    @Test
    void shouldRefuseAnInvoiceThatIsUnknownPaidOrOverdueAndStartOneJourneyPerCustomer() {
        customerWithServiceConsent();
        assertRefused(Map.of(), HttpStatus.BAD_REQUEST);
        assertRefused(Map.of("invoiceId", "INV-NOBODY"), HttpStatus.UNPROCESSABLE_ENTITY);
        String overdue = invoice(TestClock.today().minusDays(1));
        assertRefused(Map.of("invoiceId", overdue), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(customer).count())
                .isZero();

        issue();
        MomentAnswer again = receive(Map.of("invoiceId", invoice), "issued-again-" + invoice);

        assertThat(again.status()).isEqualTo(MomentAnswer.Status.ALREADY_ACTIVE);
        assertThat(again.processInstanceId()).isEqualTo(journey.getId());
    }

    private void customerWithServiceConsent() {
        customer = newCustomer();
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', 'EMAIL', TRUE, ?)")
                .params(customer, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
    }

    private String newCustomer() {
        String id = "CUST-BP%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Bea Payer', ?, ?, 'POSTPAID', 'MASS', DATE '2020-03-01', 900, 42.5, 'ZZ', FALSE)""")
                .params(id, "+44 7700 96" + id.substring(7), id.toLowerCase() + "@example.org").update();
        return id;
    }

    /** Bills of the past year the customer paid five days late. */
    private void latePaymentsThisYear(int count) {
        for (int n = 1; n <= count; n++) {
            LocalDate due = TestClock.today().minusMonths(n);
            jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, 40, ?, ?, ?)")
                    .params("INV-LATE-" + n + "-" + customer, customer, Date.valueOf(due.minusDays(14)), Date.valueOf(due),
                            Date.valueOf(due.plusDays(5))).update();
        }
    }

    private String invoice(LocalDate dueOn) {
        String id = "INV-" + customer + "-" + dueOn;
        jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, 42.50, ?, ?, NULL)")
                .params(id, customer, Date.valueOf(TestClock.today()), Date.valueOf(dueOn)).update();
        return id;
    }

    private void issue() {
        invoice = invoice(DUE);
        start();
    }

    private void start() {
        MomentAnswer answer = receive(Map.of("invoiceId", invoice), "issued-" + invoice);
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
        runDueJobs();
    }

    private MomentAnswer receive(Map<String, Object> data, String eventId) {
        return intake.receive(new Moment(eventId, customer, MomentType.INVOICE_ISSUED, Channel.WEB, TestClock.now(), data));
    }

    private void assertRefused(Map<String, Object> data, HttpStatus status) {
        assertThatThrownBy(() -> receive(data, "refused-" + data.hashCode() + "-" + customer))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(status));
    }

    private void pay() {
        answer(MomentType.PAYMENT_RECEIVED, Map.of());
    }

    private void answer(MomentType type, Map<String, Object> data) {
        MomentAnswer answer = intake.receive(new Moment(type + "-" + customer + "-" + TestClock.now().toEpochMilli(), customer,
                type, Channel.WEB, TestClock.now(), data));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
    }

    private void passTimeTo(String instant) {
        passTime(Duration.between(TestClock.now(), Instant.parse(instant)));
    }

    private LocalDate paidOn() {
        return jdbc.sql("SELECT paid_on FROM cvm.invoice WHERE id = ?").param(invoice)
                .query((row, n) -> row.getObject(1, LocalDate.class)).list().get(0);
    }

    private long directDebits() {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.direct_debit WHERE customer_id = ?").param(customer).query(Long.class).single();
    }

    private String offerOutcome(String actionId) {
        return jdbc.sql("""
                        SELECT o.outcome FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id
                        WHERE d.customer_id = ? AND o.action_id = ?""")
                .params(customer, actionId).query(String.class).single();
    }
}
