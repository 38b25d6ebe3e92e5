package io.cvmjourneys.journeys;

import io.cvmjourneys.engine.ActingAs;
import io.cvmjourneys.journeys.ProgramHistory.Reply;
import io.cvmjourneys.journeys.ProgramHistory.TaskWork;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.Outcome;
import io.cvmjourneys.security.Role;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the people of the demo's past, acting through the product's own doors as they do
 * today. A team member works a task as the workspace does it (signed in as themselves, offers shown
 * beside the task, claim and complete); a customer's answer comes in through the moments intake.
 */
@Component
@Profile("demo")
class HistoryActors {

    /** The moment's data naming the journey a customer's answer is for (the intake's hint). */
    static final String JOURNEY_INSTANCE = "processInstanceId";
    // supervisors come last: an escalation adds them beside the team the task is for
    private static final List<String> SUPERVISORS = List.of(Role.CVM_MANAGER.groupId(), Role.CAMUNDA_ADMIN.groupId());

    private static final Logger log = LoggerFactory.getLogger(HistoryActors.class);

    private final TaskService taskService;
    private final IdentityService identityService;
    private final NextBestActionService nextBestActions;
    private final MomentIntake intake;
    private final Clock clock;
    private final Map<String, String> memberOfTeam = new HashMap<>();

    HistoryActors(TaskService taskService, IdentityService identityService, NextBestActionService nextBestActions,
                  MomentIntake intake, Clock clock) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.nextBestActions = nextBestActions;
        this.intake = intake;
        this.clock = clock;
    }

    /** A channel hands the moment in; empty when the intake refuses it (the customer base had changed meanwhile). */
    Optional<MomentAnswer> start(Moment moment) {
        try {
            return Optional.of(intake.receive(moment));
        } catch (ApiException refused) {
            log.warn("Demo journey history: {} of {} refused: {}", moment.type(), moment.customerId(), refused.getMessage());
            return Optional.empty();
        }
    }

    /** A member of the task's team works it; false when the task is gone (a timer ended the wait first). */
    boolean work(String taskId, TaskWork work) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return false;
        }
        String team = teamOf(taskId);
        String member = memberOfTeam.computeIfAbsent(team, this::firstMember);
        if (!work.offerAnswers().isEmpty()) {
            answerTheOffersBesideTheTask(task, member, team, work.offerAnswers());
        }
        // the task itself is worked as the member, as the workspace's AgentTasks does
        ActingAs.run(identityService, member, identityService.createGroupQuery().groupMember(member).list().stream()
                .map(Group::getId).toList(), () -> {
            taskService.claim(taskId, member);
            taskService.complete(taskId, work.entries());
        });
        return true;
    }

    /**
     * The customer's answer through the intake, as the intake answered it (a moment that starts a
     * journey of its own, a request to leave say, is answered STARTED); empty when the journey no
     * longer waits for it (it moved on first).
     */
    Optional<MomentAnswer> answer(String journey, String customerId, Reply reply, String eventId) {
        Map<String, Object> data = new HashMap<>(reply.data());
        data.put(JOURNEY_INSTANCE, journey);
        try {
            return Optional.of(intake.receive(new Moment(eventId, customerId, reply.type(), reply.channel(), clock.instant(), data)));
        } catch (ApiException nobodyWaits) {
            return Optional.empty();
        }
    }

    /** What the workspace's task page does: decide for this conversation, shown at the task, and record the customer's answers. */
    private void answerTheOffersBesideTheTask(Task task, String member, String team, Map<String, Outcome> answers) {
        Map<String, Object> journey = taskService.getVariables(task.getId());
        Channel channel = Role.STORE.groupId().equals(team) ? Channel.STORE : Channel.CALL_CENTER;
        NextBestActions shown = nextBestActions.present((String) journey.get(JourneyStartVariables.CUSTOMER_ID),
                MomentType.valueOf((String) journey.get(JourneyStartVariables.MOMENT_TYPE)), channel, "task:" + task.getId());
        shown.actions().stream().filter(action -> answers.containsKey(action.actionId()))
                .forEach(action -> nextBestActions.recordOutcome(shown.decisionId(), action.actionId(),
                        answers.get(action.actionId()), member));
    }

    private String teamOf(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .min(Comparator.comparingInt(SUPERVISORS::indexOf))
                .orElseThrow(() -> new IllegalStateException("Task " + taskId + " has no candidate group"));
    }

    private String firstMember(String team) {
        return identityService.createUserQuery().memberOfGroup(team).orderByUserId().asc().listPage(0, 1).stream()
                .findFirst().orElseThrow(() -> new IllegalStateException("Nobody in team " + team + " to work its tasks"))
                .getId();
    }
}
