package io.cvmjourneys.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as a CVM manager first sees it: its 90 days of history put real figures on the KPI page
 * for every program with a history — ended journeys, a success rate, offers the customers answered —
 * and the control groups' uplift; the live demo's journeys are there beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cvm.demo.history.enabled=true",
        // the demo's control groups, which the test profile leaves out
        "cvm.nba.holdout.cancellation-winback=0.1", "cvm.nba.holdout.upsell-cross-sell=0.1",
        "cvm.nba.holdout.onboarding-activation=0.1", "cvm.nba.holdout.roaming=0.1", "cvm.nba.holdout.contract-renewal=0.1",
        "cvm.nba.holdout.proactive-retention=0.1", "cvm.nba.holdout.bill-payment=0.1"})
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class DemoJourneyHistoryTest {

    private static final Pattern RATE = Pattern.compile("[A-Za-z0-9 -]+ \\d{1,3}\\.\\d %");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;

    /** The demo's manager set targets when its past began: on a first run they are judged, not waiting for figures. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cancellation-winback", "bill-payment", "delinquency-management", "device-upgrade", "upsell-cross-sell"})
    void theDemoTargetsAreJudgedOnAFirstRun(String program) {
        String page = kpiPage(program);
        String targets = page.substring(page.indexOf("KPIs against their targets"), page.indexOf("<h2>Journeys by outcome</h2>"));

        assertThat(rows(targets)).as("a KPI with its target, on or off track").anySatisfy(row -> {
            assertThat(row.get(2)).startsWith("from ");
            assertThat(row.get(4)).isIn("on track", "off track");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cancellation-winback", "delinquency-management", "moving-house", "device-upgrade", "contract-renewal",
            "upsell-cross-sell", "complaint-feedback"})
    void everyProgramShowsEndedJourneysItsSuccessRateAndAnsweredOffers(String program) {
        String page = kpiPage(program);

        List<String> overview = cells(page, "program=" + program + "\">");
        assertThat(Integer.parseInt(overview.get(4))).as("ended journeys").isPositive();
        assertThat(overview.get(5)).as("success rate").matches(RATE);

        String offers = page.substring(page.indexOf("<h2>Offers per action</h2>"), page.indexOf("<h2>Time in each step</h2>"));
        assertThat(rows(offers)).as("an action with offers and answers").anySatisfy(row -> {
            assertThat(Integer.parseInt(row.get(1))).as("offered").isPositive();
            assertThat(Integer.parseInt(row.get(2))).as("answered").isPositive();
        });
        assertThat(page).doesNotContain("No finished steps in this period.", "No tasks in this period.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"service-outage", "bill-shock"})
    void proactiveServiceShowsEndedJourneysAndHowManyEndedWithoutAComplaint(String program) {
        String page = kpiPage(program);

        List<String> overview = cells(page, "program=" + program + "\">");
        assertThat(Integer.parseInt(overview.get(4))).as("ended journeys").isPositive();
        assertThat(overview.get(5)).as("share without a complaint").matches(RATE);
    }

    @Test
    void paymentsOnTimeShowTheOnTimeRateAndTheDirectDebitOfferWithoutAnyoneLifting() {
        String page = kpiPage("bill-payment");

        List<String> overview = cells(page, "program=bill-payment\">");
        assertThat(Integer.parseInt(overview.get(4))).as("ended journeys").isPositive();
        assertThat(overview.get(5)).as("on-time payment rate").matches(RATE);
        List<String> offer = cells(page, "Pay by direct debit and never miss a due date");
        assertThat(Integer.parseInt(offer.get(3))).as("direct debits taken").isPositive();
        assertThat(Integer.parseInt(offer.get(4))).as("direct debits declined").isPositive();
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_SendPaymentReminder").finished().count())
                .as("reminders").isPositive();
    }

    @Test
    void newCustomersFirstNinetyDaysShowEndedAndRunningJourneysWithoutOffers() {
        // journeys count in the period they started; the first 90 days of the last 90 days' starters have not ended yet
        String page = kpiPage("onboarding-activation", "&from=" + TestClock.today().minusDays(119));

        List<String> overview = cells(page, "program=onboarding-activation\">");
        assertThat(Integer.parseInt(overview.get(4))).as("ended journeys").isPositive();
        assertThat(overview.get(5)).as("adoption rate").matches(RATE);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("onboarding-activation")
                .unfinished().count()).as("journeys still in their first 90 days").isPositive();
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_CallNewCustomer").finished().count())
                .as("agents helped with a set-up").isPositive();
        assertThat(page).doesNotContain("No finished steps in this period.", "No tasks in this period.");
    }

    @Test
    void tripsAbroadShowPassesTakenAndSpendingCapped() {
        String page = kpiPage("roaming");

        List<String> overview = cells(page, "program=roaming\">");
        assertThat(Integer.parseInt(overview.get(4))).as("ended journeys").isPositive();
        assertThat(overview.get(5)).as("pass rate").matches(RATE);
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_ActivatePass").finished().count())
                .as("passes taken").isPositive();
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_SendSpendWarning").finished().count())
                .as("spending warnings").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cancellation-winback", "upsell-cross-sell", "onboarding-activation", "roaming", "bill-payment"})
    void programsWithAControlGroupShowTheirUpliftOverIt(String program) {
        // onboarding's journeys end 90 days after they start: its ended ones started four months back
        String page = kpiPage(program, "&from=" + TestClock.today().minusDays(119));

        assertThat(cells(page, "program=" + program + "\">").get(10)).matches("-?\\d+\\.\\d pts");
        assertThat(cells(page, "<td>Held out</td>").get(2)).as("ended journeys of the control group").isNotEqualTo("0");
    }

    @Test
    void referralsShowTheWayFromLeadToReward() {
        String page = kpiPage("referral", "&from=" + TestClock.today().minusDays(149));

        assertThat(page).contains("From referral to reward");
        assertThat(Integer.parseInt(cells(page, "<td>Rewarded</td>").get(1))).as("friends rewarded").isGreaterThan(5);
        assertThat(Integer.parseInt(cells(page, "<td>Rejected in review</td>").get(1))).as("two self-referrals and two"
                + " customers of long standing").isEqualTo(4);
        assertThat(cells(page, "Lead conversion").get(1)).as("some leads never join").matches("[1-9]\\d %");
        assertThat(Integer.parseInt(cells(page, "<td>Friend left or did not pay in the qualifying period</td>").get(1)))
                .isPositive();
        List<String> invitation = cells(page, "Refer a friend: a credit for both of you");
        assertThat(Integer.parseInt(invitation.get(3))).as("invited in a store, took their code").isPositive();
        assertThat(Integer.parseInt(invitation.get(4))).as("invited in a store, declined").isPositive();
    }

    @Test
    void theHistoryLiesInThePastAndTheLiveDemoRunsInThePresent() {
        List<HistoricProcessInstance> journeys = historyService.createHistoricProcessInstanceQuery().listPage(0, 1000);
        // 90 days back; onboarding's 120, so its first journeys have had their 90 days; proactive retention's 130, for its
        // 90 days of watching, and so the cancellations its customers ask for; moving house's 150, for its winback;
        // loyalty's 400, for a year of a membership and the welcome points expiring; referral's 150, for a friend's
        // qualifying period, and so the cancellations referred friends ask for
        Map<String, Integer> longerPast = Map.of("onboarding-activation", 120, "proactive-retention", 130,
                "cancellation-winback", 150, "moving-house", 150, "loyalty", 400, "referral", 150);
        assertThat(journeys).allSatisfy(journey -> assertThat(journey.getStartTime().toInstant()).isBetween(
                TestClock.DEFAULT.minus(Duration.ofDays(longerPast.getOrDefault(journey.getProcessDefinitionKey(), 90))),
                TestClock.DEFAULT));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CUST-000007")
                .singleResult().getStartTime().toInstant()).as("the live demo's cancellation").isEqualTo(TestClock.DEFAULT);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("CUST-000007").count()).isOne();
    }

    /**
     * Steps the demo's past does not reach, each for a reason of the demo base: no overdue invoice is
     * above the line where a payment plan needs a manager; vulnerable customers' invoices are rarely
     * among the oldest overdue; a valuable customer's ladder runs two months before it is handed to
     * a collection agency, longer than most in the past stay silent; few who asked to cancel took
     * marketing on any channel, so only a handful get a winback offer (and they answer it).
     */
    private static final Map<String, Set<String>> NOT_REACHED = Map.of(
            "delinquency-management", Set.of("Task_ApprovePaymentPlan", "BoundaryEvent_ApprovePaymentPlanOverdue",
                    "Task_EscalateOverdueApprovePaymentPlan", "EndEvent_ApprovePaymentPlanEscalated", "Gateway_PlanApproved",
                    "Task_RecordPlanRefused", "Gateway_PlanRefusedMerge", "Task_ReviewVulnerableCustomer",
                    "BoundaryEvent_ReviewVulnerableCustomerOverdue", "Task_EscalateOverdueReviewVulnerableCustomer",
                    "EndEvent_ReviewVulnerableCustomerEscalated", "Gateway_SpecialistDecision", "Task_HandOffToCollections",
                    "EndEvent_HandedOff"),
            "cancellation-winback", Set.of("Event_WinbackOfferExpired", "EndEvent_WinbackIgnored"),
            // the demo learns once, last night, and leaves the review to the analyst (DemoPropensityLearning)
            "propensity-learning", Set.of("EndEvent_NothingToPutInForce", "BoundaryEvent_ReviewOverdue",
                    "Task_EscalateOverdueReview", "EndEvent_ReviewEscalated", "Gateway_ReviewDecision", "Gateway_PutInForce",
                    "Task_PutPropensitiesInForce", "EndEvent_InForce", "Task_KeepPropensitiesOut", "EndEvent_KeptOut"),
            // the demo's programs are all live and reviewed in time (DemoProgramReviews)
            "program-review", Set.of("EndEvent_NoLongerLive", "BoundaryEvent_ResultsReviewOverdue",
                    "Task_EscalateOverdueResultsReview", "EndEvent_ResultsReviewEscalated", "BoundaryEvent_DecisionOverdue",
                    "Task_EscalateOverdueDecision", "EndEvent_DecisionEscalated", "Task_PauseProgram", "EndEvent_ProgramPaused"),
            // the demo's three changes went live, wait for the channel team, wait for analytics (DemoModelChanges)
            "model-change", Set.of("BoundaryEvent_ReviewOverdue", "Task_EscalateOverdueReview", "EndEvent_ReviewEscalated",
                    "BoundaryEvent_ApprovalOverdue", "Task_EscalateOverdueApproval", "EndEvent_ApprovalEscalated",
                    "Task_CloseWithdrawnChange", "EndEvent_ApprovalsWithdrawn", "EndEvent_Withdrawn", "BoundaryEvent_Overridden",
                    "EndEvent_NotApplied"),
            // last night's action watch left its reviews to the analyst (DemoWatches)
            "action-review", Set.of("BoundaryEvent_ActionReviewOverdue", "Task_EscalateOverdueActionReview",
                    "EndEvent_ActionReviewEscalated", "Task_DecideOnAction", "BoundaryEvent_ActionDecisionOverdue",
                    "Task_EscalateOverdueActionDecision", "EndEvent_ActionDecisionEscalated", "Gateway_ManagersDecision",
                    "Task_PauseReviewedAction", "EndEvent_ActionPaused", "EndEvent_ActionKeptOrChanged"),
            // the demo's channels stay within their capacity: no day over it to plan
            "channel-volume", Set.of("StartEvent_DayOverCapacity", "Task_PlanDayOverCapacity", "BoundaryEvent_PlanOverdue",
                    "BoundaryEvent_DayOver", "Task_EscalateOverduePlan", "EndEvent_PlanEscalated", "EndEvent_DayOver",
                    "Gateway_TeamsDecision", "Task_HoldOverflow", "EndEvent_OverflowHeld", "EndEvent_SentAsQueued"),
            // no template of the demo sends the 200 a week the template watch needs to judge it
            "template-review", Set.of("StartEvent_ReportsCallForReview", "Task_ReviewFailingTemplate",
                    "BoundaryEvent_TemplateReviewOverdue", "Task_EscalateOverdueTemplateReview", "EndEvent_TemplateReviewEscalated",
                    "EndEvent_TemplateReviewed"),
            // no offer of the demo's app and website is proposed first the 300 times the placement watch needs
            "placement-review", Set.of("StartEvent_PlacementCallsForRefresh", "Task_RefreshPlacement", "BoundaryEvent_RefreshOverdue",
                    "Task_EscalateOverdueRefresh", "EndEvent_RefreshEscalated", "EndEvent_PlacementDecided"));

    @Autowired
    RepositoryService repositoryService;

    @Test
    void theAnalystFindsLastNightsLearningToReviewWithItsFigures() {
        List<org.camunda.bpm.engine.task.Task> reviews = taskService.createTaskQuery().taskCandidateGroup("analytics-team")
                .taskDefinitionKey("Task_ReviewLearnedPropensities").list();

        assertThat(reviews).hasSize(1);
        Map<String, Object> figures = taskService.getVariables(reviews.get(0).getId());
        assertThat((Long) figures.get("largestShiftPoints")).isGreaterThanOrEqualTo((Long) figures.get("reviewShiftPoints"));
        assertThat((Long) figures.get("answersCounted")).isGreaterThan(100);
        assertThat((String) figures.get("shiftSummary")).contains(" points; table ", " accepted)");
        assertThat(figures).containsEntry("learningRequestedBy", "nightly");

        String queue = TestHttp.signedIn(port, "analyst").get().uri("/tasks").retrieve().body(String.class);
        assertThat(queue).as("work about no customer links to none").contains("Review the learned propensities",
                "nightly:").doesNotContain("/customers/propensity-learning", "/customers/program-review");
        String page = TestHttp.signedIn(port, "analyst").get().uri("/propensities").retrieve().body(String.class);
        assertThat(page).contains("Waiting for a review", "open the review", "None in force", "Learn now");
        String asked = TestHttp.as(port, "analyst").post().uri("/api/propensities/learning")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{\"reason\": \"The store pilot's answers are in\"}").retrieve().body(String.class);
        assertThat(asked).as("a learning while the review waits stores nothing").contains("\"result\":\"REVIEW_WAITING\"");
        String proposed = TestHttp.as(port, "analyst").get().uri("/api/propensities/1").retrieve().body(String.class);
        assertThat(proposed).contains("\"status\":\"PROPOSED\"", "\"estimates\":[{", "\"shiftsFromInForce\":[{");
    }

    @Test
    void theAnalystFindsTheProgramReviewsThatCameDueWithTheirResultsAndUplift() {
        List<org.camunda.bpm.engine.task.Task> reviews = taskService.createTaskQuery().taskCandidateGroup("analytics-team")
                .taskDefinitionKey("Task_ReviewProgramResults").orderByTaskCreateTime().asc().list();

        assertThat(reviews).extracting(task -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey())
                .as("due two days ago and yesterday").containsExactly("program-review:cancellation-winback", "program-review:loyalty");
        Map<String, Object> winback = taskService.getVariables(reviews.get(0).getId());
        assertThat((Long) winback.get("journeysEnded")).isPositive();
        assertThat((String) winback.get("resultsSummary")).contains("Offers accepted: ");
        assertThat((String) winback.get("upliftSummary")).contains(" points of success over the control group", "95 % interval",
                "Counted since the review cycle began");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(reviews.get(0).getProcessInstanceId())
                .variableName("decisionReason").singleResult().getValue()).asString().startsWith("Keep it through");
    }

    @Test
    void theAnalystFindsTheActionWhoseComplaintsRoseLastNightWithItsFigures() {
        List<org.camunda.bpm.engine.task.Task> reviews = taskService.createTaskQuery().taskCandidateGroup("analytics-team")
                .taskDefinitionKey("Task_ReviewActionFigures").orderByTaskCreateTime().asc().list();

        assertThat(reviews).extracting(task -> taskService.getVariable(task.getId(), "reviewedAction")).containsExactly("LOYALTY_REWARD");
        Map<String, Object> figures = taskService.getVariables(reviews.get(0).getId());
        assertThat(figures).containsEntry("actionName", "Loyalty reward: a free month of streaming")
                .containsEntry("watchReasons", "Complaints rose past 10 per 1,000 deliveries")
                .containsEntry("complaintsSummary", "11 complaints in 243 deliveries (45.3 per 1,000) in the last 14 days,"
                        + " against 11 in 281 (39.1 per 1,000) the 14 days before.")
                .containsEntry("acceptanceSummary", "No offer of it was answered in the last 14 days or the 14 days before.");
        String queue = TestHttp.signedIn(port, "analyst").get().uri("/tasks").retrieve().body(String.class);
        assertThat(queue).contains("Review the action&#39;s figures");
        String models = TestHttp.signedIn(port, "manager").get().uri("/models").retrieve().body(String.class);
        assertThat(models).as("the catalog says which action is under review")
                .contains("Under review: Review the action&#39;s figures");
    }

    @Test
    void theChannelTeamFindsAChangesChannelsToApproveAndAnalyticsAProposedStop() {
        List<org.camunda.bpm.engine.task.Task> approvals = taskService.createTaskQuery().taskCandidateGroup("channel-team")
                .processDefinitionKey("model-change").orderByTaskName().asc().list();

        assertThat(approvals).extracting(org.camunda.bpm.engine.task.Task::getName).containsExactly(
                "Approve the content and schedule: APP", "Approve the content and schedule: PUSH");
        Map<String, Object> app = taskService.getVariables(approvals.get(0).getId());
        assertThat(app).containsEntry("changeSummary", "New version of the decision table \u201cNext best action candidates\u201d");
        assertThat((String) app.get("channelEvidence")).startsWith("Named by manager. Offers on this channel a day: ")
                .contains("The channel takes 30000 a day.");
        assertThat(taskService.createTaskQuery().taskCandidateGroup("analytics-team").processDefinitionKey("model-change")
                .singleResult().getName()).isEqualTo("Review the change's evidence");

        String queue = TestHttp.signedIn(port, "channel").get().uri("/tasks").retrieve().body(String.class);
        assertThat(queue).contains("Approve the content and schedule: APP", "change-2");
        String models = TestHttp.signedIn(port, "manager").get().uri("/models").retrieve().body(String.class);
        assertThat(models).contains("Changes under way", "Approve the content and schedule: APP, PUSH", "Channel team",
                "Review the change&#39;s evidence", "Stop of the program \u201cReferrals\u201d");
        String live = TestHttp.as(port, "analyst").get().uri("/api/changes/1").retrieve().body(String.class);
        assertThat(live).contains("\"status\":\"LIVE\"", "Deployed as version 2 of Winback window", "\"decision\":\"APPROVE\"",
                "\"channel\":\"EMAIL\"");
    }

    @Test
    void everyStepOfEveryJourneyHappenedInThePast() {
        List<ProcessDefinition> journeys = repositoryService.createProcessDefinitionQuery().latestVersion().list();
        assertThat(journeys).extracting(ProcessDefinition::getKey).containsAll(NOT_REACHED.keySet());
        assertThat(journeys).allSatisfy(journey -> {
            Set<String> reached = historyService.createHistoricActivityInstanceQuery().processDefinitionId(journey.getId())
                    .list().stream().map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
            List<String> notReached = repositoryService.getBpmnModelInstance(journey.getId()).getModelElementsByType(FlowNode.class)
                    .stream().map(FlowNode::getId).filter(step -> !reached.contains(step))
                    .filter(step -> !NOT_REACHED.getOrDefault(journey.getKey(), Set.of()).contains(step)).sorted().toList();
            assertThat(notReached).as("steps of %s no journey of the demo's past reached", journey.getKey()).isEmpty();
        });
    }

    private String kpiPage(String program) {
        return kpiPage(program, "");
    }

    private String kpiPage(String program, String period) {
        ResponseEntity<String> page = TestHttp.signedIn(port, "manager").get().uri("/kpi?program={program}" + period, program)
                .retrieve().toEntity(String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    /** The texts of the cells of the table row that holds {@code anchor}. */
    private static List<String> cells(String page, String anchor) {
        int at = page.indexOf(anchor);
        assertThat(at).as("'%s' on the page", anchor).isNotNegative();
        return texts(page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at)));
    }

    private static List<List<String>> rows(String table) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            List<String> cells = texts(row.group(1));
            if (cells.size() > 2) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> texts(String row) {
        List<String> texts = new ArrayList<>();
        Matcher cell = CELL.matcher(row);
        while (cell.find()) {
            texts.add(TAGS.matcher(cell.group(1)).replaceAll("").replaceAll("\\s+", " ").trim());
        }
        return texts;
    }
}
