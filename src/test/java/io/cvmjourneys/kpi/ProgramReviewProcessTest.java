package io.cvmjourneys.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.cvmjourneys.programs.ProgramDefinition;
import io.cvmjourneys.programs.ProgramStatus;
import io.cvmjourneys.programs.Programs;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TaskCandidates;
import io.cvmjourneys.testsupport.TeamTasks;
import io.cvmjourneys.testsupport.TestClock;
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

/**
 * A live program's review cycle: after each 30 days the analytics team reviews its results and
 * recommends, a CVM manager decides; keep or change runs the next period, stop pauses the program.
 */
@ProcessTest
class ProgramReviewProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    ProgramReviews reviews;
    @Autowired
    Programs programs;
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
    void everyLiveProgramGetsOneCycleAndAKeptProgramIsReviewedAgainUntilAManagerStopsIt() {
        assertThat(reviews.startForLivePrograms()).as("every live program, none in draft").contains("loyalty", "roaming")
                .doesNotContain("device-recycling");
        assertThat(reviews.startForLivePrograms()).as("a second start finds them running").isEmpty();
        ProcessInstance cycle = cycleOf("roaming");
        assertThat(cycle).isWaitingAt("TimerEvent_ReviewPeriodPassed");

        EngineClock.passTime(managementService, cycle.getId(), Duration.ofDays(30));

        assertThat(cycle).isWaitingAt("Task_ReviewProgramResults");
        Task review = tasks.openIn(cycle);
        assertThat(groups(review)).containsExactly("analytics-team");
        Map<String, Object> figures = taskService.getVariables(review.getId());
        assertThat(figures).containsEntry("programName", programs.find("roaming").orElseThrow().name())
                .containsEntry("reviewedPeriod", "23 Nov 2026 to 23 Dec 2026").containsEntry("journeysEnded", 0L);
        assertThat((String) figures.get("resultsSummary")).startsWith("Journeys started 0, ended 0, running 0");
        assertThat((String) figures.get("upliftSummary")).startsWith("No control group");
        tasks.complete(review, "analyst", "analytics-team", Map.of("analystRecommendation", "STOP",
                "analystRationale", "No trip abroad in a month: winter"));

        Task decision = tasks.openIn(cycle);
        assertThat(decision.getTaskDefinitionKey()).isEqualTo("Task_DecideOnProgram");
        assertThat(groups(decision)).containsExactly("cvm-managers");
        tasks.complete(decision, "manager", "cvm-managers", Map.of("managerDecision", "KEEP",
                "decisionReason", "Christmas travel starts in three weeks"));

        assertThat(cycle).as("kept: the next period runs").isWaitingAt("TimerEvent_ReviewPeriodPassed");
        assertThat(programs.find("roaming").orElseThrow().status()).isEqualTo(ProgramStatus.LIVE);
        EngineClock.passTime(managementService, cycle.getId(), Duration.ofDays(30));
        tasks.complete(tasks.openIn(cycle), "analyst", "analytics-team", Map.of("analystRecommendation", "STOP",
                "analystRationale", "Still no uplift"));
        tasks.complete(tasks.openIn(cycle), "manager", "cvm-managers", Map.of("managerDecision", "STOP", "decisionReason",
                "Two periods without uplift"));

        assertThat(cycle).isEnded().hasPassed("Task_PauseProgram", "EndEvent_ProgramPaused");
        ProgramDefinition paused = programs.find("roaming").orElseThrow();
        assertThat(paused.status()).isEqualTo(ProgramStatus.PAUSED);
        assertThat(paused.changedBy()).isEqualTo("manager");
        assertThat(paused.reason()).isEqualTo("After the review: Two periods without uplift");
    }

    @Test
    void aProgramPausedMeanwhileEndsItsCycleAndOverdueStepsAreEscalated() {
        reviews.startForLivePrograms();
        ProcessInstance paused = cycleOf("referral");
        ProgramDefinition referral = programs.find("referral").orElseThrow();
        programs.move("referral", referral.version(), ProgramStatus.PAUSED, "manager", "Partner budget spent");

        EngineClock.passTime(managementService, paused.getId(), Duration.ofDays(30));

        assertThat(paused).isEnded().hasPassed("EndEvent_NoLongerLive").hasNotPassed("Task_ReviewProgramResults");

        ProcessInstance late = cycleOf("loyalty");
        EngineClock.passTime(managementService, late.getId(), Duration.ofDays(30));
        EngineClock.passTime(managementService, late.getId(), Duration.ofDays(3));
        assertThat(late).hasPassed("EndEvent_ResultsReviewEscalated");
        assertThat(groups(tasks.openIn(late))).contains("analytics-team", "cvm-managers");
        tasks.complete(tasks.openIn(late), "analyst", "analytics-team",
                Map.of("analystRecommendation", "KEEP", "analystRationale", "Fine"));
        EngineClock.passTime(managementService, late.getId(), Duration.ofDays(3));
        assertThat(late).hasPassed("EndEvent_DecisionEscalated");
        assertThat(groups(tasks.openIn(late))).contains("cvm-managers", "camunda-admin");
    }

    private ProcessInstance cycleOf(String program) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProgramReviews.PROCESS + ":" + program)
                .singleResult();
    }


    private List<String> groups(Task task) {
        return TaskCandidates.groups(taskService, task);
    }
}
