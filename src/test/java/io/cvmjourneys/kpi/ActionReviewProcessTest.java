package io.cvmjourneys.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.cvmjourneys.customer.CustomerComplaints;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.KnownAnswers;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TaskCandidates;
import io.cvmjourneys.testsupport.TeamTasks;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The action watch: an action whose acceptance fell, or whose complaints per 1,000 deliveries rose,
 * past the limits of dmn/action-watch.dmn gets an analytics review of its own; a CVM manager decides.
 * Each test watches its own actions (the database is shared by the class).
 */
@ProcessTest
class ActionReviewProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    ActionReviews reviews;
    @Autowired
    ActionCatalog catalog;
    @Autowired
    CustomerComplaints complaints;
    @Autowired
    NextBestActionService nba;
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
        TestClock.pin(MONDAY_NINE);
    }

    @Test
    void anActionWhoseAcceptanceFellBeyondChanceIsReviewedByAnalyticsAndPausedByTheManager() {
        answeredOn(MONDAY_NINE.minus(Duration.ofDays(20)), 40, 20);
        answeredOn(MONDAY_NINE.minus(Duration.ofDays(5)), 10, 40);

        assertThat(reviews.openWhereFiguresCall()).as("the reward fell; the bundle, proposed beside it, was never answered")
                .containsExactly(KnownAnswers.REWARD);
        assertThat(reviews.openWhereFiguresCall()).as("one review at a time").isEmpty();

        ProcessInstance review = reviewOf(KnownAnswers.REWARD);
        assertThat(review).isWaitingAt("Task_ReviewActionFigures");
        assertThat(reviews.underWay()).as("what the models page shows beside the action")
                .containsEntry(KnownAnswers.REWARD, "Review the action's figures");
        Task figures = tasks.openIn(review);
        assertThat(TaskCandidates.groups(taskService, figures)).containsExactly("analytics-team");
        Map<String, Object> shown = taskService.getVariables(figures.getId());
        assertThat(shown).containsEntry("actionName", catalog.find(KnownAnswers.REWARD).orElseThrow().name())
                .containsEntry("watchReasons", "Acceptance fell by 10 points or more")
                .containsEntry("acceptanceSummary", "Accepted 10 of 50 answers (20.0 %) in the last 14 days, against 40 of 60"
                        + " (66.7 %) the 14 days before: -46.7 points (95 % interval -63.0 to -30.4, beyond chance).");
        assertThat((String) shown.get("complaintsSummary")).startsWith("0 complaints in 50 deliveries (0.0 per 1,000) in the last 14 days");
        tasks.complete(figures, "analyst", "analytics-team", Map.of("actionRecommendation", "PAUSE",
                "analystRationale", "Half the customers who took it last month now decline: the reward looks stale"));

        Task decision = tasks.openIn(review);
        assertThat(decision.getTaskDefinitionKey()).isEqualTo("Task_DecideOnAction");
        assertThat(reviews.underWay()).containsEntry(KnownAnswers.REWARD, "Decide on the action");
        assertThat(TaskCandidates.groups(taskService, decision)).containsExactly("cvm-managers");
        tasks.complete(decision, "manager", "cvm-managers", Map.of("managerDecision", "PAUSE",
                "decisionReason", "Paused until the new reward is ready"));

        assertThat(review).isEnded().hasPassed("Task_PauseReviewedAction", "EndEvent_ActionPaused");
        assertThat(reviews.underWay()).doesNotContainKey(KnownAnswers.REWARD);
        Action paused = catalog.find(KnownAnswers.REWARD).orElseThrow();
        assertThat(paused.paused()).isTrue();
        assertThat(catalog.entries()).filteredOn(entry -> entry.action().id().equals(KnownAnswers.REWARD)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.changedBy()).isEqualTo("manager");
                    assertThat(entry.changeReason()).isEqualTo("After the action's review: Paused until the new reward is ready");
                });

        catalog.setPaused(KnownAnswers.REWARD, false, "manager", "The new reward is ready");
        assertThat(reviews.openWhereFiguresCall()).as("the figures the last review read are still most of the window")
                .isEmpty();
        TestClock.pin(MONDAY_NINE.plus(Duration.ofDays(15)));
        answeredOn(MONDAY_NINE.plus(Duration.ofDays(10)), 30, 20);
        assertThat(reviews.openWhereFiguresCall()).as("a fortnight later the reward recovered: no review").isEmpty();
    }

    @Test
    void risingComplaintsPastTheLimitOpenAReviewAndTheManagerKeepsTheAction() {
        String action = "DATA_ADDON_5GB";
        String customer = new KnownAnswers(nba, jdbc).newCustomer();
        delivered(action, customer, MONDAY_NINE.minus(Duration.ofDays(20)), 200);
        complained(action, customer, MONDAY_NINE.minus(Duration.ofDays(20)), 1);
        delivered(action, customer, MONDAY_NINE.minus(Duration.ofDays(3)), 200);
        complained(action, customer, MONDAY_NINE.minus(Duration.ofDays(3)), 3);
        String quiet = "HOME_SECURITY_ADDON";
        delivered(quiet, customer, MONDAY_NINE.minus(Duration.ofDays(3)), 50);
        complained(quiet, customer, MONDAY_NINE.minus(Duration.ofDays(3)), 2);

        assertThat(reviews.openWhereFiguresCall()).as("40 per 1,000 in 50 deliveries is too few to tell")
                .contains(action).doesNotContain(quiet);

        ProcessInstance review = reviewOf(action);
        Map<String, Object> shown = taskService.getVariables(tasks.openIn(review).getId());
        assertThat(shown).containsEntry("watchReasons", "Complaints rose past 10 per 1,000 deliveries")
                .containsEntry("complaintsSummary", "3 complaints in 200 deliveries (15.0 per 1,000) in the last 14 days,"
                        + " against 1 in 200 (5.0 per 1,000) the 14 days before.");
        tasks.complete(tasks.openIn(review), "analyst", "analytics-team", Map.of("actionRecommendation", "CHANGE",
                "analystRationale", "Customers say they did not ask for it: ask before adding"));
        tasks.complete(tasks.openIn(review), "manager", "cvm-managers", Map.of("managerDecision", "CHANGE",
                "decisionReason", "Proposing a double opt-in version"));

        assertThat(review).isEnded().hasPassed("EndEvent_ActionKeptOrChanged").hasNotPassed("Task_PauseReviewedAction");
        assertThat(catalog.find(action).orElseThrow().paused()).isFalse();
    }

    @Test
    void aPausedActionIsNotWatchedAndOverdueStepsAreEscalated() {
        String paused = "FAMILY_LINE";
        String late = "MULTI_DEVICE_PLAN";
        String customer = new KnownAnswers(nba, jdbc).newCustomer();
        for (String action : List.of(paused, late)) {
            delivered(action, customer, MONDAY_NINE.minus(Duration.ofDays(2)), 100);
            complained(action, customer, MONDAY_NINE.minus(Duration.ofDays(2)), 2);
        }
        catalog.setPaused(paused, true, "manager", "Out of stock");

        assertThat(reviews.openWhereFiguresCall()).contains(late).doesNotContain(paused);

        ProcessInstance review = reviewOf(late);
        EngineClock.passTime(managementService, review.getId(), Duration.ofDays(2));
        assertThat(review).hasPassed("EndEvent_ActionReviewEscalated");
        assertThat(TaskCandidates.groups(taskService, tasks.openIn(review))).contains("analytics-team", "cvm-managers");
        tasks.complete(tasks.openIn(review), "analyst", "analytics-team",
                Map.of("actionRecommendation", "KEEP", "analystRationale", "Noise"));
        EngineClock.passTime(managementService, review.getId(), Duration.ofDays(2));
        assertThat(review).hasPassed("EndEvent_ActionDecisionEscalated");
        assertThat(TaskCandidates.groups(taskService, tasks.openIn(review))).contains("cvm-managers", "camunda-admin");
    }

    /** Known answers to the loyalty reward, decided and answered at that time. */
    private void answeredOn(Instant at, int accepted, int declined) {
        TestClock.pin(at);
        new KnownAnswers(nba, jdbc).answered(KnownAnswers.REWARD, accepted, declined);
        TestClock.pin(MONDAY_NINE);
    }

    private void delivered(String actionId, String customerId, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            jdbc.sql("INSERT INTO cvm.contact_history (customer_id, channel, action_id, decision_id, contacted_at)"
                    + " VALUES (?, ?, ?, NULL, ?)").params(customerId, Channel.SMS.name(), actionId, Timestamp.from(at)).update();
        }
    }

    private void complained(String actionId, String customerId, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            String id = "CMP-" + actionId + "-" + at.getEpochSecond() + "-" + i;
            complaints.file(id, customerId, Channel.CALL_CENTER, "BILLING", "I did not ask for this", at);
            complaints.triage(id, "BILLING", "MEDIUM", "CVM_ACTION", actionId, "upsell-cross-sell");
        }
    }

    private ProcessInstance reviewOf(String actionId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ActionReviews.PROCESS + ":" + actionId)
                .singleResult();
    }
}
