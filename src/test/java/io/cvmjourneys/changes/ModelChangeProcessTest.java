package io.cvmjourneys.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.engine.ActingAs;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.ActionDraft;
import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.programs.ProgramDefinition;
import io.cvmjourneys.programs.ProgramStatus;
import io.cvmjourneys.programs.Programs;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.ProcessTest;
import io.cvmjourneys.testsupport.TaskCandidates;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A CVM manager's change goes live only after the analytics team approved its evidence and the
 * channel team approved every channel it touches, on the latest day a channel gave; a send-back
 * returns it to the manager, who resubmits or withdraws it; the manager may override, with a reason.
 */
@ProcessTest
class ModelChangeProcessTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final Map<String, Object> APPROVED = Map.of("stepDecision", "APPROVE", "stepFindings", "Checked");

    @Autowired
    ModelChanges changes;
    @Autowired
    Programs programs;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repository;
    @Autowired
    ActionCatalog catalog;
    @Autowired
    DecisionTableChanges tables;

    @BeforeEach
    void pinTheClock() {
        TestClock.pin(MONDAY_NINE);
    }

    @Test
    void aProgramsLaunchGoesLiveOnlyAfterAnalyticsAndEveryChannelApprovedOnTheLatestDayAChannelGave() {
        pause("referral");
        ModelChange change = changes.propose(launch("referral", "Partner budget renewed for the new year"), "manager");
        ProcessInstance journey = journeyOf(change);

        Task review = onlyTask(journey);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewChangeEvidence");
        assertThat(groups(review)).containsExactly("analytics-team");
        Map<String, Object> shown = taskService.getVariables(review.getId());
        assertThat(shown).containsEntry("changeSummary", "Launch of the program \u201cReferrals\u201d")
                .containsEntry("proposedBy", "manager");
        assertThat((String) shown.get("evidenceSummary")).contains("is PAUSED", "Reach: 0 journeys started in the last 30 days",
                "No control group", "Refer a friend", "Channels the channel team approves: APP, WEB, EMAIL, PUSH.");
        assertThat(changes.waiting()).singleElement().satisfies(waiting -> {
            assertThat(waiting.step()).isEqualTo("Review the change's evidence");
            assertThat(waiting.teams()).containsExactly("analytics-team");
        });
        complete(review, "analyst", "analytics-team", Map.of("stepDecision", "APPROVE", "stepFindings", "Reach as last year"));

        List<Task> channels = tasks(journey);
        assertThat(channels).extracting(Task::getName).containsExactly("Approve the content and schedule: APP",
                "Approve the content and schedule: EMAIL", "Approve the content and schedule: PUSH",
                "Approve the content and schedule: WEB");
        assertThat(channels).allSatisfy(task -> assertThat(groups(task)).containsExactly("channel-team"));
        Map<String, Object> email = taskService.getVariables(channels.get(1).getId());
        assertThat(email).containsEntry("approvalChannel", "EMAIL");
        assertThat((String) email.get("channelEvidence")).contains("The program's actions on this channel: Refer a friend",
                "The channel takes 100000 a day.", "At most 3 contacts per customer in 7 days", "Quiet hours 21:00 to 08:00");
        assertThat(changes.waiting().get(0).step()).isEqualTo("Approve the content and schedule: APP, EMAIL, PUSH, WEB");
        for (Task channel : channels) {
            Map<String, Object> answer = new HashMap<>(APPROVED);
            if (channel.getName().endsWith("EMAIL")) {
                answer.put("stepStartsOn", "2026-11-26");
                answer.put("stepFindings", "New referral template booked for Thursday's send");
            }
            complete(channel, "channel", "channel-team", answer);
        }

        assertThat(journey).isWaitingAt("TimerEvent_ScheduledDay");
        assertThat(programs.find("referral").orElseThrow().status()).as("not before Thursday").isEqualTo(ProgramStatus.PAUSED);
        assertThat(changes.waiting().get(0)).satisfies(waiting -> {
            assertThat(waiting.step()).isEqualTo("Scheduled to go live");
            assertThat(waiting.due()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        });
        EngineClock.passTime(managementService, journey.getId(), Duration.ofDays(3));

        assertThat(journey).isEnded().hasPassed("Task_PutChangeLive", "EndEvent_Live");
        ProgramDefinition live = programs.find("referral").orElseThrow();
        assertThat(live.status()).isEqualTo(ProgramStatus.LIVE);
        assertThat(live.changedBy()).as("the proposer's change").isEqualTo("manager");
        assertThat(live.reason()).isEqualTo("Change " + change.id() + ", approved by analyst (analytics-team), channel"
                + " (channel-team, APP), channel (channel-team, EMAIL), channel (channel-team, PUSH), channel (channel-team, WEB)");
        ModelChange closed = changes.find(change.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(ChangeStatus.LIVE);
        assertThat(closed.closedBy()).isEqualTo("change journey");
        assertThat(changes.steps(change.id())).extracting(ChangeStep::team, ChangeStep::channel, ChangeStep::decidedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("analytics-team", null, "analyst"),
                        org.assertj.core.groups.Tuple.tuple("channel-team", Channel.APP, "channel"),
                        org.assertj.core.groups.Tuple.tuple("channel-team", Channel.EMAIL, "channel"),
                        org.assertj.core.groups.Tuple.tuple("channel-team", Channel.PUSH, "channel"),
                        org.assertj.core.groups.Tuple.tuple("channel-team", Channel.WEB, "channel"));
        assertThat(changes.steps(change.id()).get(2).startsOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(changes.waiting()).isEmpty();
    }

    @Test
    void aSentBackChangeIsAnsweredAndReviewedAgainOrWithdrawnAndNothingIsDeployed() throws IOException {
        int liveVersion = liveVersionOf("winbackWindow");
        ModelChange change = changes.propose(new ModelChanges.Proposal(ChangeKind.DECISION_TABLE, "winbackWindow",
                "Price leavers come back sooner", List.of(), null, "winback-window.dmn", winbackWindowWith("21"), null), "manager");
        ProcessInstance journey = journeyOf(change);
        Task review = onlyTask(journey);
        assertThat((String) taskService.getVariable(review.getId(), "evidenceSummary"))
                .startsWith("Rules: 4 in the live version " + liveVersion + ", 4 in the new one.")
                .contains("No channel of the channel team is touched");
        assertThatThrownBy(() -> complete(review, "analyst", "analytics-team", Map.of("stepDecision", "SEND_BACK")))
                .as("a send-back says why").hasMessageContaining("Findings: Fill this in: it is required.");
        complete(review, "analyst", "analytics-team", Map.of("stepDecision", "SEND_BACK",
                "stepFindings", "21 days is inside the competitor's cooling-off period"));

        Task revise = onlyTask(journey);
        assertThat(revise.getTaskDefinitionKey()).isEqualTo("Task_ReviseChange");
        assertThat(revise.getAssignee()).as("back to its proposer").isEqualTo("manager");
        Map<String, Object> shown = taskService.getVariables(revise.getId());
        assertThat(shown).containsEntry("sentBackFindings",
                "analytics-team (analyst): 21 days is inside the competitor's cooling-off period")
                .doesNotContainKeys("stepDecision", "stepFindings");
        complete(revise, "manager", "cvm-managers", Map.of("stepDecision", "RESUBMIT",
                "stepFindings", "The cooling-off period is 14 days: see the competitor's terms"));

        Task again = onlyTask(journey);
        assertThat(again.getTaskDefinitionKey()).as("a new round").isEqualTo("Task_ReviewChangeEvidence");
        complete(again, "analyst", "analytics-team", Map.of("stepDecision", "SEND_BACK", "stepFindings", "Still too early"));
        complete(onlyTask(journey), "manager", "cvm-managers", Map.of("stepDecision", "WITHDRAW",
                "stepFindings", "Will propose 28 days instead"));

        assertThat(journey).isEnded().hasPassed("Task_CloseWithdrawnChange", "EndEvent_Withdrawn")
                .hasNotPassed("Task_PutChangeLive");
        assertThat(changes.find(change.id()).orElseThrow()).satisfies(withdrawn -> {
            assertThat(withdrawn.status()).isEqualTo(ChangeStatus.WITHDRAWN);
            assertThat(withdrawn.closedBy()).isEqualTo("manager");
            assertThat(withdrawn.closedNote()).isEqualTo("Withdrawn after: analytics-team (analyst): Still too early");
        });
        assertThat(changes.steps(change.id())).extracting(ChangeStep::decision)
                .containsExactly("SEND_BACK", "RESUBMIT", "SEND_BACK", "WITHDRAW");
        assertThat(liveVersionOf("winbackWindow")).isEqualTo(liveVersion);
    }

    @Test
    void anApprovedDecisionTableWithoutChannelsIsDeployedAtOnceAndAChannelsSendBackReturnsToTheManager() throws IOException {
        int liveVersion = liveVersionOf("winbackWindow");
        ModelChange table = changes.propose(new ModelChanges.Proposal(ChangeKind.DECISION_TABLE, "winbackWindow",
                "Price leavers come back after four weeks", List.of(), null, "winback-window.dmn", winbackWindowWith("28"), null),
                "manager");
        ProcessInstance tableJourney = journeyOf(table);
        complete(onlyTask(tableJourney), "analyst", "analytics-team", APPROVED);
        EngineClock.runDueJobs(managementService, tableJourney.getId());

        assertThat(tableJourney).isEnded().hasPassed("EndEvent_Live").hasNotPassed("Task_ApproveChannelContent");
        assertThat(liveVersionOf("winbackWindow")).isEqualTo(liveVersion + 1);
        assertThat(repository.createDeploymentQuery().deploymentName("model-change-" + table.id()).singleResult().getSource())
                .isEqualTo("change journey");
        assertThat(changes.find(table.id()).orElseThrow().closedNote()).startsWith("Deployed as version " + (liveVersion + 1)
                + " of Winback window. Change " + table.id() + ", approved by analyst (analytics-team)");

        ModelChange stop = changes.propose(new ModelChanges.Proposal(ChangeKind.PROGRAM_STOP, "roaming", "Winter: no trips",
                List.of(Channel.SMS), null, null, null, null), "manager");
        ProcessInstance stopJourney = journeyOf(stop);
        complete(onlyTask(stopJourney), "analyst", "analytics-team", APPROVED);
        Task sms = onlyTask(stopJourney);
        assertThat((String) taskService.getVariable(sms.getId(), "channelEvidence")).startsWith("Named by manager. The"
                + " evidence has no figures for this channel.").contains("An SMS over 160 characters");
        complete(sms, "channel", "channel-team", Map.of("stepDecision", "SEND_BACK",
                "stepFindings", "The roaming pass SMS of this week are sent already"));
        Task revise = onlyTask(stopJourney);
        assertThat(taskService.getVariable(revise.getId(), "sentBackFindings"))
                .isEqualTo("channel-team for SMS (channel): The roaming pass SMS of this week are sent already");
        assertThat(programs.find("roaming").orElseThrow().status()).isEqualTo(ProgramStatus.LIVE);
    }

    @Test
    void theManagerOverridesWithAReasonAndAChangeThatNoLongerAppliesIsClosedSo() {
        ModelChange stop = changes.propose(new ModelChanges.Proposal(ChangeKind.PROGRAM_STOP, "loyalty", "Budget cut",
                List.of(Channel.PUSH), null, null, null, null), "manager");
        ProcessInstance journey = journeyOf(stop);
        assertThatThrownBy(() -> changes.override(stop.id(), "manager", " ")).isInstanceOf(ApiException.class)
                .hasMessageContaining("Say why");
        complete(onlyTask(journey), "analyst", "analytics-team", APPROVED);
        assertThat(onlyTask(journey).getName()).isEqualTo("Approve the content and schedule: PUSH");

        changes.override(stop.id(), "manager2", "Fraud on the reward codes: stop it tonight");
        EngineClock.runDueJobs(managementService, journey.getId());

        assertThat(journey).isEnded().hasPassed("BoundaryEvent_Overridden", "EndEvent_Live")
                .hasNotPassed("Task_WeighChannelApprovals");
        assertThat(programs.find("loyalty").orElseThrow()).satisfies(paused -> {
            assertThat(paused.status()).isEqualTo(ProgramStatus.PAUSED);
            assertThat(paused.reason()).isEqualTo("Change " + stop.id() + ", approvals overridden by manager2: Fraud on"
                    + " the reward codes: stop it tonight");
        });
        assertThat(changes.find(stop.id()).orElseThrow().closedBy()).isEqualTo("manager2");
        assertThat(changes.steps(stop.id())).last().satisfies(step -> {
            assertThat(step.decision()).isEqualTo("OVERRIDE");
            assertThat(step.decidedBy()).isEqualTo("manager2");
        });
        assertThatThrownBy(() -> changes.override(stop.id(), "manager", "Again")).isInstanceOf(ApiException.class)
                .hasMessageContaining("is LIVE: nothing to override");

        ModelChange launch = changes.propose(launch("loyalty", "Fraud fixed"), "manager");
        ProcessInstance launchJourney = journeyOf(launch);
        changes.override(launch.id(), "manager", "Codes reissued, launch now");
        ProgramDefinition loyalty = programs.find("loyalty").orElseThrow();
        programs.move("loyalty", loyalty.version(), ProgramStatus.LIVE, "manager2", "Launched by hand meanwhile");
        EngineClock.runDueJobs(managementService, launchJourney.getId());

        assertThat(launchJourney).isEnded().hasPassed("EndEvent_NotApplied");
        assertThat(changes.find(launch.id()).orElseThrow()).satisfies(notApplied -> {
            assertThat(notApplied.status()).isEqualTo(ChangeStatus.NOT_APPLIED);
            assertThat(notApplied.closedNote()).contains("is LIVE");
        });
    }

    @Test
    void aNewActionAndAChangedOneGoIntoTheCatalogAfterTheChannelsTheyTouchApproved() {
        ModelChange added = changes.propose(action("WINTER_DATA_BOOST", new ActionDraft("Winter data boost: 10 GB for a month",
                "loyalty", ActionKind.COMMERCIAL, Set.of(Channel.APP, Channel.STORE), new BigDecimal("12.50"), null,
                LocalDate.of(2027, 2, 28), ConsentPurpose.MARKETING)), "manager");
        assertThat(added.summary()).isEqualTo("New action \u201cWinter data boost: 10 GB for a month\u201d (WINTER_DATA_BOOST)");
        ProcessInstance newAction = journeyOf(added);
        assertThat((String) taskService.getVariable(onlyTask(newAction).getId(), "evidenceSummary"))
                .contains("A new action of the program loyalty: COMMERCIAL, worth 12.5, through STORE, APP, until 2027-02-28",
                        "No decision offers it until a decision table names it", "Channels the channel team approves: APP.");
        complete(onlyTask(newAction), "analyst", "analytics-team", APPROVED);
        assertThat(onlyTask(newAction).getName()).isEqualTo("Approve the content and schedule: APP");
        complete(onlyTask(newAction), "channel", "channel-team", APPROVED);
        EngineClock.runDueJobs(managementService, newAction.getId());
        assertThat(catalog.find("WINTER_DATA_BOOST").orElseThrow()).satisfies(boost -> {
            assertThat(boost.channels()).containsExactlyInAnyOrder(Channel.APP, Channel.STORE);
            assertThat(boost.value()).isEqualByComparingTo("12.50");
            assertThat(boost.paused()).isFalse();
        });

        Action reward = catalog.find("LOYALTY_REWARD").orElseThrow();
        Set<Channel> withTelesales = new HashSet<>(reward.channels());
        withTelesales.remove(Channel.PUSH);
        withTelesales.add(Channel.TELESALES);
        ModelChange changed = changes.propose(action("LOYALTY_REWARD", new ActionDraft(reward.name(), reward.program(),
                reward.kind(), withTelesales, new BigDecimal("60"), null, null, reward.consentPurpose())), "manager");
        ProcessInstance changeJourney = journeyOf(changed);
        assertThat((String) taskService.getVariable(onlyTask(changeJourney).getId(), "evidenceSummary"))
                .startsWith("Changes to \u201cLoyalty reward: a free month of streaming\u201d:")
                .contains("Channels: CALL_CENTER, STORE, APP, WEB, SMS, EMAIL, PUSH \u2192 CALL_CENTER, STORE, APP, WEB, SMS,"
                        + " EMAIL, TELESALES", "Value: 50 \u2192 60", "\nIn the last 30 days it was offered ");
        complete(onlyTask(changeJourney), "analyst", "analytics-team", APPROVED);
        assertThat(tasks(changeJourney)).extracting(Task::getName).as("a new value reads differently on every channel")
                .containsExactly("Approve the content and schedule: APP", "Approve the content and schedule: EMAIL",
                        "Approve the content and schedule: PUSH", "Approve the content and schedule: SMS",
                        "Approve the content and schedule: TELESALES", "Approve the content and schedule: WEB");
        assertThat((String) taskService.getVariable(tasks(changeJourney).get(2).getId(), "channelEvidence"))
                .startsWith("The action is taken off this channel");
        tasks(changeJourney).forEach(task -> complete(task, "channel", "channel-team", APPROVED));
        EngineClock.runDueJobs(managementService, changeJourney.getId());

        Action now = catalog.find("LOYALTY_REWARD").orElseThrow();
        assertThat(now.value()).isEqualByComparingTo("60");
        assertThat(now.channels()).contains(Channel.TELESALES).doesNotContain(Channel.PUSH);
        assertThat(catalog.entries()).filteredOn(entry -> entry.action().id().equals("LOYALTY_REWARD")).singleElement()
                .satisfies(entry -> assertThat(entry.changedBy()).isEqualTo("manager"));
        assertThatThrownBy(() -> changes.propose(action("LOYALTY_REWARD", ActionDraft.of(now)), "manager"))
                .isInstanceOf(ApiException.class).hasMessageContaining("is defined so already");
    }

    @Test
    void overdueReviewsAndApprovalsAreEscalatedToTheManagers() {
        pause("complaint-feedback");
        ModelChange change = changes.propose(launch("complaint-feedback", "Complaint backlog cleared"), "manager");
        ProcessInstance journey = journeyOf(change);
        EngineClock.passTime(managementService, journey.getId(), Duration.ofDays(2));
        assertThat(journey).hasPassed("EndEvent_ReviewEscalated");
        assertThat(groups(onlyTask(journey))).contains("analytics-team", "cvm-managers");

        complete(onlyTask(journey), "manager", "cvm-managers", APPROVED);
        assertThat(changes.steps(change.id())).singleElement().as("decided by a manager once escalated")
                .extracting(ChangeStep::team).isEqualTo("cvm-managers");
        EngineClock.passTime(managementService, journey.getId(), Duration.ofDays(2));
        assertThat(journey).hasPassed("EndEvent_ApprovalEscalated");
        assertThat(tasks(journey)).allSatisfy(task -> assertThat(groups(task)).contains("channel-team", "cvm-managers"));
    }

    @Test
    void whatCannotGoLiveAsProposedIsRefusedAndNothingStarts() throws IOException {
        int before = changes.all().size();
        assertRefused(launch("no-such-program", "Why not"), 404, "No program");
        assertRefused(launch("loyalty", "Already live"), 409, "is LIVE");
        assertRefused(new ModelChanges.Proposal(ChangeKind.DECISION_TABLE, "winbackWindow", "Empty", List.of(), null,
                "empty.dmn", "", null), 400, "Upload the new version's .dmn file");
        assertRefused(new ModelChanges.Proposal(ChangeKind.DECISION_TABLE, "winbackWindow", "Broken", List.of(), null,
                "broken.dmn", "<definitions", null), 400, "cannot be read as a decision table");
        assertRefused(new ModelChanges.Proposal(ChangeKind.DECISION_TABLE, "winbackWindow", "Wrong table", List.of(), null,
                "x.dmn", winbackWindowWith("30").replace("id=\"winbackWindow\"", "id=\"otherTable\""), null), 400,
                "holds no decision 'winbackWindow'");
        assertRefused(new ModelChanges.Proposal(ChangeKind.DECISION_TABLE, "winbackWindow", "The same again", List.of(),
                null, "w.dmn", tables.liveFile("winbackWindow"), null), 409, "nothing would change");
        assertRefused(new ModelChanges.Proposal(ChangeKind.DECISION_TABLE, "winbackWindow", "Reaches into the engine", List.of(),
                null, "w.dmn", winbackWindowWith("30").replaceFirst("<text>60</text>", "<text>reason.getClass()</text>"), null),
                400, "cannot be read as a decision table");
        assertRefused(new ModelChanges.Proposal(ChangeKind.PROGRAM_STOP, "bill-shock", "Stop", List.of(Channel.CALL_CENTER),
                null, null, null, null), 400, "The channel team approves");
        assertRefused(new ModelChanges.Proposal(ChangeKind.PROGRAM_STOP, "bill-shock", "Stop", List.of(),
                LocalDate.of(2026, 11, 22), null, null, null), 400, "today or later");
        assertRefused(new ModelChanges.Proposal(ChangeKind.PROGRAM_STOP, "bill-shock", "", List.of(), null, null, null, null), 400,
                "Say why");
        assertThat(changes.all()).hasSize(before);

        changes.propose(new ModelChanges.Proposal(ChangeKind.PROGRAM_STOP, "bill-shock", "Tariff fixed", List.of(), null, null,
                null, null), "manager");
        assertRefused(new ModelChanges.Proposal(ChangeKind.PROGRAM_STOP, "bill-shock", "Again", List.of(), null, null,
                null, null), 409, "proposes this already");
        assertThat(changes.all()).hasSize(before + 1);
    }

    private void assertRefused(ModelChanges.Proposal proposal, int status, String message) {
        assertThatThrownBy(() -> changes.propose(proposal, "manager")).isInstanceOfSatisfying(ApiException.class,
                refusal -> {
                    assertThat(refusal.status().value()).isEqualTo(status);
                    assertThat(refusal.getMessage()).contains(message);
                });
    }

    private static ModelChanges.Proposal action(String id, ActionDraft draft) {
        return new ModelChanges.Proposal(ChangeKind.ACTION, id, "Winter offers", List.of(), null, null, null, draft);
    }

    private static ModelChanges.Proposal launch(String program, String reason) {
        return new ModelChanges.Proposal(ChangeKind.PROGRAM_LAUNCH, program, reason, List.of(), null, null, null, null);
    }

    private void pause(String program) {
        ProgramDefinition live = programs.find(program).orElseThrow();
        programs.move(program, live.version(), ProgramStatus.PAUSED, "manager", "Paused for the test's launch");
    }

    /** The winback window table with the price leavers' wait changed from 30 days. */
    static String winbackWindowWith(String days) throws IOException {
        String live = Files.readString(Path.of("dmn/winback-window.dmn"), StandardCharsets.UTF_8);
        return live.replaceFirst("<text>30</text>", "<text>" + days + "</text>");
    }

    private int liveVersionOf(String key) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult().getVersion();
    }

    private ProcessInstance journeyOf(ModelChange change) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(change.reference()).singleResult();
    }

    private Task onlyTask(ProcessInstance journey) {
        return taskService.createTaskQuery().processInstanceId(journey.getId()).singleResult();
    }

    private List<Task> tasks(ProcessInstance journey) {
        return taskService.createTaskQuery().processInstanceId(journey.getId()).orderByTaskName().asc().list();
    }

    private List<String> groups(Task task) {
        return TaskCandidates.groups(taskService, task);
    }

    private void complete(Task task, String user, String group, Map<String, Object> variables) {
        ActingAs.run(identity, user, List.of(group), () -> taskService.complete(task.getId(), variables));
    }
}
