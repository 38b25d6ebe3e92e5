package io.cvmjourneys.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.cvmjourneys.engine.ActingAs;
import io.cvmjourneys.nba.LearnedPropensities;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.RankedAction;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.KnownAnswers;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The learning process on a known history of answers: high-value customers in the store turned the
 * broadband bundle down and took the loyalty reward, which the table ranks the other way round.
 * Learning moves the ranking only once it is in force; a large move waits for an analyst.
 * Each test starts with no answer and no learned propensities.
 */
@ProcessTest
@TestPropertySource(properties = "cvm.nba.levers-refresh=PT0S")
class PropensityLearningProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final String BUNDLE = KnownAnswers.BUNDLE;
    private static final String REWARD = KnownAnswers.REWARD;

    @Autowired
    PropensityLearning learning;
    @Autowired
    LearnedPropensities learned;
    @Autowired
    NextBestActionService nba;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startFromNoAnswers() {
        TestClock.pin(MONDAY_NINE);
        jdbc.sql("UPDATE cvm.nba_offer SET outcome = NULL, outcome_at = NULL, outcome_by = NULL").update();
        jdbc.sql("DELETE FROM cvm.propensity_cell").update();
        jdbc.sql("DELETE FROM cvm.propensity_snapshot").update();
    }

    @Test
    void withNoAnswerThereIsNothingToPutInForceAndTheTableRanks() {
        ProcessInstance process = learn();

        assertThat(process).isEnded().hasPassed("EndEvent_NothingToPutInForce");
        assertThat(learned.snapshots()).isEmpty();
        RankedAction first = storeVisit().actions().get(0);
        assertThat(first.actionId()).isEqualTo(BUNDLE);
        assertThat(first.learned()).as("no learned propensity in force").isNull();
    }

    @Test
    void aLargeMoveWaitsForTheAnalystWhoPutsItInForceAndTheRankingFollowsTheAnswers() {
        answered(BUNDLE, 5, 95);
        answered(REWARD, 80, 20);

        ProcessInstance process = learn();

        assertThat(process).isWaitingAt("Task_ReviewLearnedPropensities");
        Task review = reviewTask(process);
        assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .contains("analytics-team");
        Map<String, Object> figures = taskService.getVariables(review.getId());
        assertThat(figures).containsEntry("learningResult", "LARGE_SHIFT").containsEntry("largestShiftPoints", 46L)
                .containsEntry("answersCounted", 200L).containsEntry("reviewShiftPoints", 10L);
        assertThat((String) figures.get("shiftSummary")).startsWith(
                "Loyalty reward: a free month of streaming · High value · the store: 25 → 71 % (+46 points; table 25 %; 80 of 100 accepted)");
        assertThat(storeVisit().actions().get(0).actionId()).as("not in force before the review").isEqualTo(BUNDLE);

        assertThat(learn()).as("a second learning while the review waits").isEnded().hasPassed("EndEvent_NothingToPutInForce");
        assertThat(learned.snapshots()).as("stores nothing").hasSize(1);

        EngineClock.passTime(managementService, process.getId(), Duration.ofDays(2));
        assertThat(process).hasPassed("EndEvent_ReviewEscalated");
        assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .as("overdue: the CVM managers see it too").contains("cvm-managers");

        decide(process, "PUT_IN_FORCE", "Checked: the bundle's declines come from customers who already have fibre");

        assertThat(process).isEnded().hasPassed("EndEvent_InForce");
        LearnedPropensities.Snapshot inForce = learned.snapshots().get(0);
        assertThat(inForce.status()).isEqualTo(LearnedPropensities.Status.IN_FORCE);
        assertThat(inForce.decidedBy()).isEqualTo("analyst");
        assertThat(inForce.note()).startsWith("Checked");
        List<RankedAction> ranked = storeVisit().actions();
        assertThat(ranked).extracting(RankedAction::actionId).as("the reward now goes first").startsWith(REWARD, BUNDLE);
        assertThat(ranked.get(0).learned().explanation()).isEqualTo("Accepted by 80 % of similar customers, 100 answers");
        assertThat(ranked.get(1).learned().explanation()).isEqualTo("Accepted by 5 % of similar customers, 100 answers");

        answered(REWARD, 2, 1);
        ProcessInstance next = learn();

        assertThat(next).as("three more answers move nothing far: in force without a review").isEnded()
                .hasPassed("EndEvent_InForce");
        assertThat(learned.snapshots()).extracting(LearnedPropensities.Snapshot::status)
                .containsExactly(LearnedPropensities.Status.IN_FORCE, LearnedPropensities.Status.SUPERSEDED);
        assertThat(learned.snapshots().get(0).decidedBy()).isEqualTo(PutPropensitiesInForce.AUTOMATIC);
    }

    @Test
    void anAnalystKeepsALargeMoveOutWithFindingsAndTheTableKeepsRanking() {
        answered(BUNDLE, 5, 95);
        answered(REWARD, 80, 20);
        ProcessInstance process = learn();

        decide(process, "KEEP_OUT", "The reward's answers come from one store's pilot: wait for the national launch");

        assertThat(process).isEnded().hasPassed("EndEvent_KeptOut");
        assertThat(learned.snapshots()).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.status()).isEqualTo(LearnedPropensities.Status.KEPT_OUT);
            assertThat(snapshot.note()).contains("pilot");
        });
        assertThat(storeVisit().actions().get(0).actionId()).isEqualTo(BUNDLE);
        assertThat(learned.inForce().version()).isZero();

        answered(REWARD, 3, 0);
        learning.nightly();
        assertThat(learned.snapshots()).as("kept out: the nightly learning waits for an analyst to ask").hasSize(1);
        assertThat(learn()).as("an analyst's request learns again").isWaitingAt("Task_ReviewLearnedPropensities");
    }

    private ProcessInstance learn() {
        return learning.start("analyst", "test:" + UUID.randomUUID(), "The test asks");
    }

    private Task reviewTask(ProcessInstance process) {
        return taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private void decide(ProcessInstance process, String decision, String findings) {
        String task = reviewTask(process).getId();
        ActingAs.run(identity, "analyst", List.of("analytics-team"),
                () -> taskService.complete(task, Map.of("reviewDecision", decision, "reviewFindings", findings)));
    }

    private void answered(String actionId, int accepted, int declined) {
        new KnownAnswers(nba, jdbc).answered(actionId, accepted, declined);
    }

    private NextBestActions storeVisit() {
        return new KnownAnswers(nba, jdbc).storeVisit();
    }
}
