package io.cvmjourneys.changes;

import io.cvmjourneys.engine.ActingAs;
import io.cvmjourneys.engine.PastReplay;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.CandidateTableReplay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: three changes of the last days. The winback window's new version went live through the
 * analytics team and the e-mail channel on the day the channel team gave; the candidate table's
 * loyalty reward, sent back once and answered, now waits for the channel team (the app and push);
 * the referral program's stop, proposed this morning, waits for the analytics team. Once only.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "cvm.demo.history", name = "enabled", matchIfMissing = true)
@Order(60)
class DemoModelChanges implements ApplicationRunner {

    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final Logger log = LoggerFactory.getLogger(DemoModelChanges.class);

    private final ModelChanges changes;
    private final DecisionTableChanges tables;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identity;
    private final Clock clock;

    DemoModelChanges(ModelChanges changes, DecisionTableChanges tables, RuntimeService runtime, TaskService taskService,
                     ManagementService managementService, IdentityService identity, Clock clock) {
        this.changes = changes;
        this.tables = tables;
        this.runtime = runtime;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!changes.all().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        try (PastReplay replay = PastReplay.from(at(today.minusDays(9)), clock)) {
            ModelChange window = changes.propose(new ModelChanges.Proposal(ChangeKind.DECISION_TABLE, "winbackWindow",
                    "Customers who left over price compare offers for about four weeks: meet them at 28 days, before the"
                            + " competitor's welcome discount ends", List.of(Channel.EMAIL), null, "winback-window.dmn",
                    tables.liveFile("winbackWindow").replaceFirst("<text>30</text>", "<text>28</text>"), null), "manager");
            replay.moveTo(replay.now().plus(Duration.ofHours(5)));
            decide(window, "analyst", "analytics-team", "APPROVE", "Of last quarter's price leavers who came back, most"
                    + " answered in the fourth week", null);
            replay.moveTo(replay.now().plus(Duration.ofHours(20)));
            decide(window, "channel", "channel-team", "APPROVE", "Winback e-mail volume moves two days earlier; no"
                    + " template change", today.minusDays(6).toString());
            dueJobs(replay, window);

            replay.moveTo(at(today.minusDays(5)));
            ModelChange reward = changes.propose(new ModelChanges.Proposal(ChangeKind.DECISION_TABLE,
                    CandidateTableReplay.DECISION_KEY, "Members redeem more in winter: offer the loyalty reward more often,"
                    + " in the app's offer slot and by push", List.of(Channel.APP, Channel.PUSH), null,
                    "next-best-action-candidates.dmn", tables.liveFile(CandidateTableReplay.DECISION_KEY).replaceFirst(
                    "(id=\"OutputEntry_RewardLoyalty_Propensity\">\\s*<text>)0\\.25(</text>)", "$10.6$2"), null), "manager");
            replay.moveTo(replay.now().plus(Duration.ofHours(6)));
            decide(reward, "analyst", "analytics-team", "SEND_BACK", "The replay moves the reward to first place in"
                    + " some decisions: say which offers may give way to it", null);
            replay.moveTo(replay.now().plus(Duration.ofHours(22)));
            decide(reward, "manager", "cvm-managers", "RESUBMIT", "In winter the reward may come before the plan"
                    + " offers; the service offers must keep their place", null);
            replay.moveTo(at(today.minusDays(1)));
            decide(reward, "analyst", "analytics-team", "APPROVE", "Checked the replay's shifts against that answer:"
                    + " as intended", null);

            replay.moveTo(replay.present().minus(Duration.ofHours(1)));
            changes.propose(new ModelChanges.Proposal(ChangeKind.PROGRAM_STOP, "referral", "The partner's budget for"
                    + " referral rewards is spent until February", List.of(Channel.EMAIL), null, null, null, null),
                    "manager");
        }
        log.info("Demo changes: {} proposed, {} waiting", changes.all().size(), changes.waiting().size());
    }

    private void decide(ModelChange change, String user, String team, String decision, String findings, String startsOn) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(change.reference()).list().get(0);
        Map<String, Object> answer = new HashMap<>(Map.of(ChangeVariables.DECISION, decision, ChangeVariables.FINDINGS,
                findings));
        if (startsOn != null) {
            answer.put(ChangeVariables.STARTS_ON, startsOn);
        }
        ActingAs.run(identity, user, List.of(team), () -> taskService.complete(task.getId(), answer));
    }

    /** Runs the change's due jobs at their due time (the scheduled day, then putting it live), as the job executor would. */
    private void dueJobs(PastReplay replay, ModelChange change) {
        for (Job job = next(change); job != null; job = next(change)) {
            replay.moveTo(job.getDuedate().toInstant());
            managementService.executeJob(job.getId());
        }
    }

    private Job next(ModelChange change) {
        ProcessInstance journey = runtime.createProcessInstanceQuery().processInstanceBusinessKey(change.reference())
                .singleResult();
        return journey == null ? null : managementService.createJobQuery().processInstanceId(journey.getId())
                .orderByJobDuedate().asc().list().stream().findFirst().orElse(null);
    }

    private Instant at(LocalDate day) {
        return day.atTime(MORNING).atZone(clock.getZone()).toInstant();
    }
}
