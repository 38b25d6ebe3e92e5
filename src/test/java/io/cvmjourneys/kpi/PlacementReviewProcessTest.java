package io.cvmjourneys.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TaskCandidates;
import io.cvmjourneys.testsupport.TeamTasks;
import io.cvmjourneys.testsupport.TestClock;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The placement watch: an offer the app's or the website's slot shows first gets the channel team a
 * refresh when its take-up fell, the same customers keep seeing it, or it ends within days (the limits
 * of dmn/placement-watch.dmn). The slot's history is written as the decision log keeps it; each test
 * has its own offers (the database is shared by the class).
 */
@ProcessTest
class PlacementReviewProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    PlacementReviews reviews;
    @Autowired
    ActionCatalog catalog;
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
    void anOfferWhoseTakeUpFellInTheAppSlotGoesToTheChannelTeamToRefresh() {
        proposedFirst("DATA_ADDON_5GB", "APP", MONDAY_NINE.minus(Duration.ofDays(20)), 300, 1, 60);
        proposedFirst("DATA_ADDON_5GB", "APP", MONDAY_NINE.minus(Duration.ofDays(5)), 300, 1, 15);
        proposedFirst("DATA_ADDON_5GB", "WEB", MONDAY_NINE.minus(Duration.ofDays(5)), 300, 1, 60);

        assertThat(reviews.openWhereSlotsCall()).as("the website's take-up held").containsExactly("DATA_ADDON_5GB on APP");
        assertThat(reviews.openWhereSlotsCall()).as("one refresh at a time").isEmpty();

        ProcessInstance refresh = refreshOf("DATA_ADDON_5GB", "APP");
        Task task = tasks.openIn(refresh);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RefreshPlacement");
        assertThat(TaskCandidates.groups(taskService, task)).containsExactly("channel-team");
        assertThat(taskService.getVariables(task.getId()))
                .containsEntry("actionName", catalog.find("DATA_ADDON_5GB").orElseThrow().name())
                .containsEntry("placementChannel", "APP")
                .containsEntry("refreshReasons", "Take-up in the slot fell by 5 points or more")
                .containsEntry("placementFigures", "Proposed first 300 times to 300 customers (1.0 each), accepted 15 (5.0 %)"
                        + " in the last 14 days, against 300 times, accepted 60 (20.0 %) the 14 days before:"
                        + " -15.0 points (95 % interval -20.2 to -9.8). The offer has no end date.");
        tasks.complete(task, "channel", "channel-team",
                Map.of("placementDecision", "REFRESH_CREATIVE", "placementNote", "New banner with the winter price"));

        assertThat(refresh).isEnded().hasPassed("EndEvent_PlacementDecided");
    }

    @Test
    void theSameCustomersAgainAndAnOfferEndingSoonCallForARefreshAPausedOfferDoesNot() {
        proposedFirst("HOME_BROADBAND_BUNDLE", "WEB", MONDAY_NINE.minus(Duration.ofDays(3)), 300, 6, 3);
        jdbc.sql("UPDATE cvm.nba_action SET valid_until = ? WHERE id = 'ROAMING_PASS'")
                .param(Date.valueOf(LocalDate.of(2026, 11, 27))).update();
        proposedFirst("ROAMING_PASS", "APP", MONDAY_NINE.minus(Duration.ofDays(2)), 60, 1, 6);
        proposedFirst("FAMILY_LINE", "APP", MONDAY_NINE.minus(Duration.ofDays(2)), 400, 10, 0);
        catalog.setPaused("FAMILY_LINE", true, "manager", "Out of the slot until January");

        assertThat(reviews.openWhereSlotsCall()).contains("HOME_BROADBAND_BUNDLE on WEB", "ROAMING_PASS on APP")
                .doesNotContain("FAMILY_LINE on APP");

        assertThat(taskService.getVariable(tasks.openIn(refreshOf("HOME_BROADBAND_BUNDLE", "WEB")).getId(), "refreshReasons"))
                .isEqualTo("The same customers were shown it 5 times or more");
        Task ending = tasks.openIn(refreshOf("ROAMING_PASS", "APP"));
        assertThat(taskService.getVariable(ending.getId(), "refreshReasons")).isEqualTo("The offer ends within 7 days");
        assertThat((String) taskService.getVariable(ending.getId(), "placementFigures")).endsWith("The offer runs until 2026-11-27.");

        EngineClock.passTime(managementService, refreshOf("ROAMING_PASS", "APP").getId(), Duration.ofDays(2));
        assertThat(refreshOf("ROAMING_PASS", "APP")).hasPassed("EndEvent_RefreshEscalated");
        assertThat(TaskCandidates.groups(taskService, tasks.openIn(refreshOf("ROAMING_PASS", "APP"))))
                .contains("channel-team", "cvm-managers");
    }

    /**
     * The offer was proposed first in the channel's slot that many times, to customers seeing it
     * {@code timesEach} times each, and accepted {@code accepted} times.
     */
    private void proposedFirst(String actionId, String channel, Instant at, int times, int timesEach, int accepted) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < times; i++) {
            String decision = UUID.randomUUID().toString();
            jdbc.sql("""
                            INSERT INTO cvm.nba_decision (id, customer_id, moment, channel, decided_at, context_summary, candidates,
                                                          suppressed, decision_versions)
                            VALUES (?, ?, 'DIGITAL_VISIT', ?, ?, '{}', '[]', '[]', '{}')""")
                    .params(decision, "CUST-SLOT-" + batch + "-" + (i / timesEach), channel, Timestamp.from(at)).update();
            jdbc.sql("INSERT INTO cvm.nba_offer (decision_id, action_id, rank_no, program, score, outcome) VALUES (?, ?, 1, 'slot', 0.5, ?)")
                    .params(decision, actionId, i < accepted ? "ACCEPTED" : null).update();
        }
    }

    private ProcessInstance refreshOf(String actionId, String channel) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(PlacementReviews.PROCESS + ":" + actionId + ":" + channel).singleResult();
    }
}
