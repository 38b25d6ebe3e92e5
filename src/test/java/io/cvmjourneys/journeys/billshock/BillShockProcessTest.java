package io.cvmjourneys.journeys.billshock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyProcessTest;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * Every path of a prepared bill, handed in by the billing run through the moments intake, with the
 * engine clock moved for every wait. Today is Monday 23 November 2026; the customers' last three
 * bills were £40 each.
 */
class BillShockProcessTest extends JourneyProcessTest {

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Test
    void shouldLeaveABillALittleAboveTheUsualAlone() {
        billedCustomer("MASS", "POSTPAID", true);
        prepared(55.0, "OUT_OF_BUNDLE_DATA");

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_UsualBill");
        assertThat(variable(BillShockVariables.USUAL_BILL)).isEqualTo(40.0);
        assertThat(variable(BillShockVariables.BILL_RATIO)).isEqualTo(1.38);
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_A_SHOCK");
        assertThat(JourneyRecords.queuedMessages(jdbc, customer)).isEmpty();
    }

    @Test
    void shouldExplainAHighBillBeforeItArrivesAndEndExplainedWithoutAComplaint() {
        billedCustomer("MASS", "POSTPAID", true);
        prepared(95.0, "ROAMING");

        BpmnAwareTests.assertThat(journey).hasPassed("Task_ExplainBill").hasNotPassed("Task_CallAboutHighBill")
                .isWaitingAt("Event_AfterTheBill");
        assertThat(JourneyRecords.queuedMessages(jdbc, customer)).containsExactly("EMAIL bill-shock-explained");
        assertThat(JourneyRecords.messageParameters(jdbc, customer, "bill-shock-explained")).contains(
                "\"billAmount\":\"95.00\"", "\"billIncrease\":\"55.00\"", "\"billCauseText\":\"using your phone abroad\"",
                "a roaming pass covers data");

        EngineClock.passTime(managementService, journey.getId(), Duration.ofDays(21));
        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_BillExplained");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("EXPLAINED");
    }

    @Test
    void shouldCallAboutALargeIncreaseEscalateTheOverdueCallAndExplainByMessageWhenNobodyAnswers() {
        billedCustomer("MASS", "HOME", true);
        prepared(175.0, "PREMIUM_SERVICES");

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_CallAboutHighBill");
        assertThat(JourneyRecords.candidateGroups(journey)).containsExactly("call-center");
        EngineClock.passTime(managementService, journey.getId(), Duration.ofHours(8));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueBillCall");
        assertThat(JourneyRecords.candidateGroups(journey)).contains("call-center", "cvm-managers");
        complete(task(journey), withVariables(BillShockVariables.BILL_CALL_RESULT, "NO_ANSWER"));

        assertThat(JourneyRecords.queuedMessages(jdbc, customer)).containsExactly("EMAIL bill-shock-explained");
        fileComplaint("The bill is still far higher than I can pay", TestClock.now().plus(Duration.ofDays(6)));
        EngineClock.passTime(managementService, journey.getId(), Duration.ofDays(21));
        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_ComplainedAboutBill");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("COMPLAINED");
    }

    @Test
    void shouldCallAValuableCustomerAboutANoticeableIncreaseAndSendNothingMoreWhenReached() {
        billedCustomer("HIGH_VALUE", "POSTPAID", false);
        prepared(85.0, "PRICE_CHANGE");

        assertThat(variable(BillShockVariables.USUAL_BILL)).as("no bill yet: the spend on record").isEqualTo(38.0);
        assertThat(variable(BillShockVariables.BILL_ADVICE)).asString().contains("another plan may fit better");
        complete(task(journey), withVariables(BillShockVariables.BILL_CALL_RESULT, "PLAN_CHANGED", "agentNote", "Moved to Plus"));
        EngineClock.passTime(managementService, journey.getId(), Duration.ofDays(21));

        BpmnAwareTests.assertThat(journey).isEnded().hasNotPassed("Task_ExplainBill").hasPassed("EndEvent_BillExplained");
        assertThat(JourneyRecords.queuedMessages(jdbc, customer)).isEmpty();
    }

    @Test
    void shouldRefuseABillForAPrepaidCustomerOrWithoutAnAmountOrACause() {
        billedCustomer("MASS", "PREPAID", false);
        Refusals.assertBadRequest(() -> receive(Map.of("amount", 80.0, "cause", "ROAMING")), "customerId", "gets no bill");
        billedCustomer("MASS", "POSTPAID", true);
        Refusals.assertBadRequest(() -> receive(Map.of("amount", -3, "cause", "ROAMING")), "data.amount", "above 0");
        Refusals.assertBadRequest(() -> receive(Map.of("amount", 80.0, "cause", "BAD_LUCK")), "data.cause", "must be one of");
    }

    /** A customer of six years; with {@code billed}, their last three bills were £40 each (else only a spend of £38 on record). */
    private void billedCustomer(String segment, String type, boolean billed) {
        int number = CUSTOMERS.incrementAndGet();
        customer = "CUST-BS%04d".formatted(number);
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Bill Bailey', ?, ?, ?, ?, DATE '2020-05-01', 2000, 38, 'ZZ', FALSE)""")
                .params(customer, "+44 7700 96%04d".formatted(number), "bill" + number + "@example.org", type, segment).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'MOBILE', 'Essential 20GB', '5G', 18, DATE '2027-10-01')""")
                .params("SUB-" + customer, customer).update();
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', 'EMAIL', TRUE, ?)")
                .params(customer, Timestamp.from(MONDAY_NINE.minus(Duration.ofDays(400)))).update();
        for (int month = 1; billed && month <= 3; month++) {
            LocalDate issued = TestClock.today().minusMonths(month);
            jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, 40, ?, ?, ?)")
                    .params("INV-" + customer + "-" + month, customer, issued, issued.plusDays(14), issued.plusDays(10)).update();
        }
    }

    private void prepared(double amount, String cause) {
        MomentAnswer answer = receive(Map.of("amount", amount, "cause", cause));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
        runDueJobs();
    }

    private MomentAnswer receive(Map<String, Object> data) {
        return intake.receive(new Moment("bill-" + customer + "-" + data.hashCode(), customer, MomentType.BILL_PREPARED,
                Channel.WEB, TestClock.now(), data));
    }

    private void fileComplaint(String summary, Instant filedAt) {
        jdbc.sql("""
                        INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at)
                        VALUES (?, ?, 'CALL_CENTER', 'BILLING', ?, ?)""")
                .params("CMP-" + customer, customer, summary, Timestamp.from(filedAt)).update();
    }

}
