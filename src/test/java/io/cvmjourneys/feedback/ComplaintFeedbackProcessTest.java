package io.cvmjourneys.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of the complaint-feedback journey, started and answered through the moments intake. */
@ProcessTest
class ComplaintFeedbackProcessTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();
    private static final String REWARD = "LOYALTY_REWARD";
    /** Each test class run starts on its own database: these actions' figures are the tests' alone. */
    private static final String BUNDLE = "HOME_BROADBAND_BUNDLE";
    private static final String NEVER_DELIVERED = "HOME_SECURITY_ADDON";

    @Autowired
    MomentIntake intake;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    ActionCatalog catalog;
    @Autowired
    io.cvmjourneys.web.Labels labels;
    @Autowired
    JdbcClient jdbc;

    private String customer;
    private ProcessInstance journey;

    @BeforeEach
    void aCustomerWhoReceivedTheLoyaltyRewardTwoDaysAgo() {
        TestClock.pin(NOW);
        customer = "CUST-CF%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Robin Grumble', ?, 'robin@example.org', 'POSTPAID', 'HIGH_VALUE', DATE '2018-02-01', 2100, 55, 'B02', FALSE)""")
                .params(customer, "+34 622 " + customer.substring(7)).update();
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', 'EMAIL', TRUE, ?)")
                .params(customer, Timestamp.from(NOW.minus(Duration.ofDays(300)))).update();
        jdbc.sql("INSERT INTO cvm.contact_history (customer_id, channel, action_id, contacted_at) VALUES (?, 'SMS', ?, ?)")
                .params(customer, REWARD, Timestamp.from(NOW.minus(Duration.ofDays(2)))).update();
    }

    @AfterEach
    void restoreCatalog() {
        catalog.setPaused(BUNDLE, false, "test", "restored after the test");
    }

    @Test
    void shouldResolveAComplaintWithTheCustomerAndCloseItWhenTheyAreHappy() {
        complains("My bill doubled without warning");
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_TriageComplaint");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("cx-team");
        assertThat(customers.context(customer).orElseThrow().hasOpenComplaint()).as("cooldown from the moment it is filed").isTrue();
        BpmnAwareTests.assertThat(journey).variables().containsEntry(FeedbackVariables.LINKED_ACTION, REWARD)
                .containsEntry(FeedbackVariables.LINKED_PROGRAM, "loyalty");

        triage("BILLING", "LOW", "BILLING", null); // the suggestion stays, hidden by the form: a billing cause links no action
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ResolveComplaint");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("call-center");
        complete(task(journey), withVariables("resolutionNote", "Refunded the double charge"));

        assertThat(customers.context(customer).orElseThrow().hasOpenComplaint()).isFalse();
        assertThat(complaintRow()).containsEntry("ROOT_CAUSE", "BILLING").containsEntry("LINKED_ACTION_ID", null);
        answerSurvey(9);

        BpmnAwareTests.assertThat(journey).hasPassed("Gateway_CausedByCvm", "Event_SurveyAnswered", "EndEvent_ComplaintClosed")
                .hasNotPassed("Task_ReviewActionComplaints", "Task_FollowUpDetractor").isEnded();
        assertThat(outcome()).isEqualTo("RESOLVED");
    }

    @Test
    void shouldLetCxResolveASevereComplaintAndFollowUpADetractor() {
        complains("Your agent was rude and hung up on me");
        passTime(Duration.ofHours(8));
        assertThat(task(journey).getPriority()).isEqualTo(90);
        triage("SERVICE", "HIGH", "SERVICE", "");

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ResolveSevereComplaint");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("cx-team");
        assertThat(task(journey).getPriority()).as("a severe complaint comes first (dmn/task-priority.dmn)").isEqualTo(80);
        passTime(Duration.ofHours(24));
        complete(task(journey), withVariables("resolutionNote", "Apologised, coached the agent"));
        answerSurvey(3);

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_FollowUpDetractor");
        BpmnAwareTests.assertThat(task(journey)).hasCandidateGroup("cx-team");
        passTime(Duration.ofDays(2));
        complete(task(journey), withVariables("followUpNote", "Wants a call-back guarantee"));

        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateTriageComplaint", "Task_EscalateResolveSevereComplaint",
                "Task_EscalateFollowUpDetractor", "EndEvent_ComplaintClosed").isEnded();
    }

    @Test
    void shouldPauseAnActionThatACvmManagerFindsDrawsComplaints() {
        // the bundle reached this customer and three others in the last 30 days (one more, 31 days ago, is out of
        // the window), and one complaint of 10 days ago already traces back to it
        delivered(BUNDLE, customer, NOW.minus(Duration.ofDays(3)));
        for (int other = 1; other <= 3; other++) {
            delivered(BUNDLE, otherCustomer(), NOW.minus(Duration.ofDays(other * 7L)));
        }
        delivered(BUNDLE, otherCustomer(), NOW.minus(Duration.ofDays(31)));
        earlierComplaintAbout(BUNDLE, NOW.minus(Duration.ofDays(10)));

        complains("Stop sending me these bundle texts at night");
        triage("OFFERS", "MEDIUM", "CVM_OFFER", BUNDLE);
        passTime(Duration.ofHours(24));
        complete(task(journey), withVariables("resolutionNote", "Unsubscribed the customer from bundle texts"));

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ReviewActionComplaints", "Gateway_WaitForSurvey");
        Task review = reviewTask();
        assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(review.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("cvm-managers"));
        assertThat(BpmnAwareTests.runtimeService().getVariables(journey.getId()))
                .containsEntry(FeedbackVariables.LINKED_ACTION_NAME, "Add home fibre to the mobile plan, 15% off both")
                .containsEntry(FeedbackVariables.COMPLAINTS_LINKED, 2L)
                .containsEntry(FeedbackVariables.DELIVERIES, 4L)
                .containsEntry(FeedbackVariables.COMPLAINTS_PER_THOUSAND, "500.0");
        passTime(Duration.ofDays(2));
        complete(reviewTask(), withVariables("reviewDecision", "PAUSE_ACTION", "reviewNote", "Texts at night annoy customers"));

        assertThat(catalog.find(BUNDLE).orElseThrow().paused()).isTrue();
        passTime(Duration.ofDays(7));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateResolveComplaint", "Task_EscalateReviewActionComplaints",
                "Task_PauseAction", "Event_SurveyUnanswered", "EndEvent_ComplaintClosed").isEnded();
    }

    @Test
    void shouldShowAnUnknownRateWhenTheActionHasNoRecordedDelivery() {
        complains("Someone called me about a home security add-on I never asked for");
        triage("OFFERS", "LOW", "CVM_OFFER", NEVER_DELIVERED);
        complete(task(journey), withVariables("resolutionNote", "Apologised"));

        assertThat(BpmnAwareTests.runtimeService().getVariables(journey.getId()))
                .as("one complaint, no delivery on record: unknown, not the best rate of all")
                .containsEntry(FeedbackVariables.COMPLAINTS_LINKED, 1L)
                .containsEntry(FeedbackVariables.DELIVERIES, 0L)
                .containsEntry(FeedbackVariables.COMPLAINTS_PER_THOUSAND, "–");
        complete(reviewTask(), withVariables("reviewDecision", "NO_CHANGE", "reviewNote", "Find out how it reached them"));
    }

    @Test
    void shouldRefuseToPauseAPaymentReminderAndLetTheManagerChangeItsTargetingInstead() {
        complains("Your payment reminder threatened to cut me off over 3 pounds");
        triage("BILLING", "MEDIUM", "CVM_MESSAGE", "DUNNING_REMINDER");
        complete(task(journey), withVariables("resolutionNote", "Apologised for the tone"));
        assertThat(BpmnAwareTests.runtimeService().getVariables(journey.getId()))
                .containsEntry(FeedbackVariables.LINKED_ACTION_MANDATORY, true);

        Task review = reviewTask();
        assertThatThrownBy(() -> BpmnAwareTests.taskService().complete(review.getId(),
                withVariables("reviewDecision", "PAUSE_ACTION", "reviewNote", "Stop these reminders")))
                .hasMessageContaining("Decision: This action is a notice the law or the contract requires: it goes out"
                        + " whatever, so it cannot be paused.");
        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ReviewActionComplaints");

        complete(reviewTask(), withVariables("reviewDecision", "CHANGE_TARGETING",
                "reviewNote", "Soften the wording of the first reminder for small amounts"));
        assertThat(catalog.find("DUNNING_REMINDER").orElseThrow().paused()).isFalse();
        BpmnAwareTests.assertThat(journey).hasNotPassed("Task_PauseAction");
    }

    @Test
    void shouldKeepAnActionWhenTheCvmManagerSeesNoReasonToChangeIt() {
        complains("The reward was not what the text promised");
        triage("OFFERS", "LOW", "CVM_MESSAGE", REWARD);
        complete(task(journey), withVariables("resolutionNote", "Explained the reward terms"));
        complete(reviewTask(), withVariables("reviewDecision", "NO_CHANGE", "reviewNote", "One complaint in many deliveries"));
        answerSurvey(7);

        assertThat(catalog.find(REWARD).orElseThrow().paused()).isFalse();
        assertThat(complaintRow()).containsEntry("LINKED_ACTION_ID", REWARD).containsEntry("LINKED_PROGRAM", "loyalty");
        BpmnAwareTests.assertThat(journey).hasPassed("Task_MeasureActionComplaints", "EndEvent_ComplaintClosed")
                .hasNotPassed("Task_PauseAction").isEnded();
    }

    private void delivered(String action, String to, Instant at) {
        jdbc.sql("INSERT INTO cvm.contact_history (customer_id, channel, action_id, contacted_at) VALUES (?, 'SMS', ?, ?)")
                .params(to, action, Timestamp.from(at)).update();
    }

    private void earlierComplaintAbout(String action, Instant filedAt) {
        String other = otherCustomer();
        jdbc.sql("""
                        INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at, linked_action_id)
                        VALUES (?, ?, 'WEB', 'OFFERS', 'Too many texts', ?, ?)""")
                .params("CMP-" + other, other, Timestamp.from(filedAt), action).update();
    }

    private String otherCustomer() {
        String other = "CUST-CF%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Other Customer', ?, 'other@example.org', 'POSTPAID', 'MASS', DATE '2020-02-01', 900, 30, 'B02', FALSE)""")
                .params(other, "+34 622 " + other.substring(7)).update();
        return other;
    }

    /** CX picks the action from the catalog by name and program: every action of it, and nothing else, is on the triage form. */
    @Test
    void shouldOfferTriageEveryCatalogActionAndNothingElse() throws java.io.IOException {
        assertThat(triageOptions("linkedAction")).containsExactlyInAnyOrderElementsOf(catalog.all().stream().map(io.cvmjourneys.nba.Action::id).toList());
        assertThat(triageLabels("linkedAction")).containsExactlyInAnyOrderElementsOf(catalog.all().stream()
                .map(action -> action.name() + " (" + labels.of("program", action.program()) + ")").toList());
    }

    /** A complaint handed in with a category uses the categories CX triages into, and only those. */
    @Test
    void shouldTakeTheCategoriesTriageUses() throws java.io.IOException {
        List<String> handedIn = new java.util.ArrayList<>(ComplaintJourney.CATEGORIES);
        handedIn.add(ComplaintJourney.NO_CATEGORY);
        assertThat(triageOptions("category")).containsExactlyInAnyOrderElementsOf(handedIn);
    }

    private static List<String> triageOptions(String key) throws java.io.IOException {
        return triageOptionFields(key, "value");
    }

    private static List<String> triageLabels(String key) throws java.io.IOException {
        return triageOptionFields(key, "label");
    }

    private static List<String> triageOptionFields(String key, String field) throws java.io.IOException {
        var form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(new java.io.File("forms/complaint-feedback/triage-complaint.form"));
        List<String> options = new java.util.ArrayList<>();
        form.path("components").forEach(component -> {
            if (key.equals(component.path("key").asText())) {
                component.path("values").forEach(option -> options.add(option.path(field).asText()));
            }
        });
        return options;
    }

    private void complains(String text) {
        MomentAnswer answer = intake.receive(new Moment("complaint-" + customer, customer, MomentType.COMPLAINT_SUBMITTED,
                Channel.CALL_CENTER, NOW, Map.of("text", text)));
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery()
                .processInstanceId(answer.processInstanceId()).singleResult();
    }

    /** As the form sends it: without the linked action when the form hides it ({@code null}). */
    private void triage(String category, String severity, String rootCause, String linkedAction) {
        Map<String, Object> answers = withVariables("category", category, "severity", severity, "rootCause", rootCause);
        if (linkedAction != null) {
            answers.put("linkedAction", linkedAction);
        }
        complete(task(journey), answers);
    }

    private void answerSurvey(int score) {
        MomentAnswer answer = intake.receive(new Moment("survey-" + customer, customer, MomentType.SURVEY_ANSWERED,
                Channel.EMAIL, TestClock.now(), Map.of("score", score)));
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
    }

    private Task reviewTask() {
        return BpmnAwareTests.taskQuery().processInstanceId(journey.getId())
                .taskDefinitionKey("Task_ReviewActionComplaints").singleResult();
    }

    private void passTime(Duration duration) {
        EngineClock.passTime(managementService, journey.getId(), duration);
    }

    private Map<String, Object> complaintRow() {
        return jdbc.sql("SELECT root_cause, linked_action_id, linked_program FROM cvm.complaint WHERE customer_id = ?")
                .param(customer).query().singleRow();
    }

    private Object outcome() {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(journey.getId())
                .variableName("outcome").singleResult().getValue();
    }
}
