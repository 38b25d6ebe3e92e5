package io.cvmjourneys.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TaskCandidates;
import io.cvmjourneys.testsupport.TeamTasks;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestCustomers;
import io.cvmjourneys.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gateways report bounces and opt-outs on sent messages; a template whose bounces or opt-outs
 * per 1,000 sent rose past the limits of dmn/template-watch.dmn gets the channel team a review.
 * Each test sends its own templates (the database is shared by the class).
 */
@ProcessTest
class TemplateReviewProcessTest {

    private static final Instant MONDAY_FIVE = Instant.parse("2026-11-23T05:00:00Z");
    private static final Instant LAST_WEEK = MONDAY_FIVE.minus(Duration.ofDays(3));
    private static final Instant WEEK_BEFORE = MONDAY_FIVE.minus(Duration.ofDays(10));
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Autowired
    TemplateReviews reviews;
    @Autowired
    MessageReports reports;
    @Autowired
    OutboxTable outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    TeamTasks tasks;
    @Autowired
    ManagementService managementService;

    @BeforeEach
    void pinTheClock() {
        TestClock.pin(MONDAY_FIVE);
    }

    @Test
    void bouncesRisingOnATemplateGiveTheChannelTeamAReviewWithTheGatewaysFigures() {
        String customer = customer();
        sent(customer, Channel.SMS, MessageKind.COMMERCIAL, "winback-offer", WEEK_BEFORE, 250, DeliveryReport.BOUNCED, 2);
        sent(customer, Channel.SMS, MessageKind.COMMERCIAL, "winback-offer", LAST_WEEK, 250, DeliveryReport.BOUNCED, 10);
        sent(customer, Channel.EMAIL, MessageKind.SERVICE, "tnps-survey", WEEK_BEFORE, 250, DeliveryReport.BOUNCED, 10);
        sent(customer, Channel.EMAIL, MessageKind.SERVICE, "tnps-survey", LAST_WEEK, 250, DeliveryReport.BOUNCED, 10);

        assertThat(reviews.openWhereReportsCall()).as("the survey bounces as much as the week before")
                .containsExactly("winback-offer on SMS");
        assertThat(reviews.openWhereReportsCall()).as("one review at a time").isEmpty();

        ProcessInstance review = reviewOf("winback-offer", Channel.SMS);
        Task task = tasks.openIn(review);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ReviewFailingTemplate");
        assertThat(TaskCandidates.groups(taskService, task)).containsExactly("channel-team");
        assertThat(taskService.getVariables(task.getId())).containsEntry("reviewedTemplate", "winback-offer")
                .containsEntry("templateChannel", "SMS")
                .containsEntry("watchReasons", "Bounces rose past 20 per 1,000 sent")
                .containsEntry("templateFigures", "Last 7 days: 250 sent, 10 bounced (40.0 per 1,000), 0 opted out (0.0 per 1,000)."
                        + "\nThe 7 days before: 250 sent, 2 bounced (8.0 per 1,000), 0 opted out (0.0 per 1,000).");
        tasks.complete(task, "channel", "channel-team",
                Map.of("templateDecision", "CLEAN_LIST", "templateNote", "The list from the October import has old numbers"));

        assertThat(review).isEnded().hasPassed("EndEvent_TemplateReviewed");
    }

    @Test
    void anOptOutWithdrawsTheCustomersConsentOnceAndRisingOptOutsOpenAReview() throws Exception {
        String customer = customer();
        TestCustomers.consents(jdbc, customer, "MARKETING", "SMS");
        long offer = sent(customer, Channel.SMS, MessageKind.COMMERCIAL, "device-upgrade-offer", LAST_WEEK, 1, null, 0).get(0);

        MessageReports.Recorded first = reports.record(offer, DeliveryReport.OPTED_OUT, "Replied STOP", "channel");
        MessageReports.Recorded again = reports.record(offer, DeliveryReport.OPTED_OUT, "Replied STOP", "channel");

        assertThat(first.recorded()).isTrue();
        assertThat(first.consentWithdrawn()).isTrue();
        assertThat(again.recorded()).as("the gateway reported twice: nothing changes").isFalse();
        long bounced = sent(customer, Channel.SMS, MessageKind.COMMERCIAL, "device-upgrade-offer", LAST_WEEK, 1, null, 0).get(0);
        assertThat(atOnce(() -> reports.record(bounced, DeliveryReport.BOUNCED, null, "channel").recorded()))
                .as("two reports of one bounce at the same instant: one is recorded, the other finds it")
                .containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.sql("SELECT granted FROM cvm.consent WHERE customer_id = ? AND purpose = 'MARKETING' AND channel = 'SMS'")
                .param(customer).query(Boolean.class).single()).isFalse();

        sent(customer, Channel.SMS, MessageKind.COMMERCIAL, "device-upgrade-offer", LAST_WEEK, 249, DeliveryReport.OPTED_OUT, 1);
        sent(customer, Channel.SMS, MessageKind.COMMERCIAL, "device-upgrade-offer", WEEK_BEFORE, 250, null, 0);
        assertThat(reviews.openWhereReportsCall()).contains("device-upgrade-offer on SMS");
        assertThat(taskService.getVariable(tasks.openIn(reviewOf("device-upgrade-offer", Channel.SMS)).getId(), "watchReasons"))
                .isEqualTo("Opt-outs rose past 5 per 1,000 sent");
    }

    @Test
    void aReportOnAMessageNotSentOrAMandatoryOptOutIsRefusedAndAnUnansweredReviewEscalates() {
        String customer = customer();
        long pending = new TestMessages(outbox).queued(customer, Channel.SMS, MessageKind.COMMERCIAL, "winback-offer", MONDAY_FIVE,
                MONDAY_FIVE);
        long notice = sent(customer, Channel.SMS, MessageKind.MANDATORY, "outage-notice", LAST_WEEK, 1, null, 0).get(0);

        assertThatThrownBy(() -> reports.record(pending, DeliveryReport.BOUNCED, null, "channel"))
                .hasMessageContaining("only a sent message").satisfies(refused -> answers(refused, HttpStatus.CONFLICT));
        assertThatThrownBy(() -> reports.record(notice, DeliveryReport.OPTED_OUT, null, "channel"))
                .hasMessageContaining("mandatory notice").satisfies(refused -> answers(refused, HttpStatus.CONFLICT));
        assertThatThrownBy(() -> reports.record(999_999_999L, DeliveryReport.BOUNCED, null, "channel"))
                .satisfies(refused -> answers(refused, HttpStatus.NOT_FOUND));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.message_report WHERE message_id IN (?, ?)").params(pending, notice)
                .query(Long.class).single()).as("nothing recorded").isZero();

        sent(customer, Channel.PUSH, MessageKind.SERVICE, "roaming-welcome", LAST_WEEK, 200, DeliveryReport.BOUNCED, 5);
        assertThat(reviews.openWhereReportsCall()).contains("roaming-welcome on PUSH");
        ProcessInstance late = reviewOf("roaming-welcome", Channel.PUSH);
        EngineClock.passTime(managementService, late.getId(), Duration.ofDays(1));
        assertThat(late).hasPassed("EndEvent_TemplateReviewEscalated");
        assertThat(TaskCandidates.groups(taskService, tasks.openIn(late))).contains("channel-team", "cvm-managers");
    }

    /** Runs the work on two threads at the same moment; answers what each answered. */
    private static List<Boolean> atOnce(Callable<Boolean> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<Boolean> atTheBarrier = () -> {
                together.await();
                return work.call();
            };
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> answer : pool.invokeAll(List.of(atTheBarrier, atTheBarrier))) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void answers(Throwable refused, HttpStatus status) {
        assertThat(refused).isInstanceOf(ApiException.class);
        assertThat(((ApiException) refused).status()).isEqualTo(status);
    }

    /** Messages of the template sent then, the first {@code reported} of them reported so; answers their ids. */
    private List<Long> sent(String customer, Channel channel, MessageKind kind, String template, Instant at, int messages,
                            DeliveryReport report, int reported) {
        List<Long> ids = new TestMessages(outbox).sent(customer, channel, kind, template, at, messages);
        ids.subList(0, reported).forEach(id -> reports.record(id, report, "Reported by the gateway", "channel"));
        return ids;
    }

    private String customer() {
        return TestCustomers.loyalHighValue(jdbc, "CUST-96" + String.format("%04d", CUSTOMERS.incrementAndGet()), "T1");
    }

    private ProcessInstance reviewOf(String template, Channel channel) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(TemplateReviews.PROCESS + ":" + template + ":" + channel).singleResult();
    }
}
