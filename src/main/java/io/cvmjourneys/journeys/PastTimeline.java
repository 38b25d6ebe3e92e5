package io.cvmjourneys.journeys;

import io.cvmjourneys.channels.OutboxDispatcher;
import io.cvmjourneys.engine.PastReplay;
import io.cvmjourneys.journeys.ProgramHistory.PastStart;
import io.cvmjourneys.journeys.ProgramHistory.Reply;
import io.cvmjourneys.journeys.ProgramHistory.TaskWork;
import io.cvmjourneys.moments.MomentAnswer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo history's timeline (see {@link DemoJourneyHistory}): what people do at which instant —
 * start a journey, work a task, answer — and the engine's jobs when they fall due, taken in time
 * order while the replay moves the engine clock forward. Whenever a journey waits for a person, the
 * program's history says whether and when that person acts.
 * <p>
 * Once for each kind of task that has a deadline, the team gets to the task only after the deadline
 * passed, so that the past shows what an overdue task does (an escalation to the managers, or the
 * journey moving on without the task).
 */
final class PastTimeline {

    private static final Logger log = LoggerFactory.getLogger(PastTimeline.class);
    /** How often the outbox sends what fell due meanwhile: often enough for a message to go out the hour it may. */
    private static final Duration OUTBOX_EVERY = Duration.ofHours(1);
    /** How often the programs' feeds report what they saw meanwhile. */
    private static final Duration FEEDS_EVERY = Duration.ofDays(1);
    /** Enough of the earliest jobs to find one of the history's among those of the live demo. */
    private static final int JOBS_LOOKED_AT = 50;

    private record Step(Instant at, long order, Runnable action) {
    }

    private record PastJourney(ProgramHistory program, String customerId, SplittableRandom random) {
    }

    private final HistoryActors actors;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final OutboxDispatcher outbox;
    private final ZoneId zone;
    private final PriorityQueue<Step> agenda = new PriorityQueue<>(Comparator.comparing(Step::at).thenComparing(Step::order));
    private final Map<String, PastJourney> running = new LinkedHashMap<>();
    private final Map<String, Integer> started = new LinkedHashMap<>();
    private final Set<String> planned = new HashSet<>();
    private final Set<String> kindsThatSlipped = new HashSet<>();
    private long steps;
    private PastReplay replay;
    private List<ProgramHistory> programs = List.of();

    PastTimeline(HistoryActors actors, RuntimeService runtimeService, TaskService taskService,
                 ManagementService managementService, RepositoryService repositoryService, OutboxDispatcher outbox,
                 ZoneId zone) {
        this.actors = actors;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.outbox = outbox;
        this.zone = zone;
    }

    /** The start, at its instant; each journey gets a random of its own, so its people act the same whatever runs beside it. */
    void plan(ProgramHistory program, PastStart start, long seed) {
        schedule(start.at(), () -> start.moment().get().ifPresent(moment -> actors.start(moment)
                .filter(answer -> answer.status() == MomentAnswer.Status.STARTED)
                .ifPresent(answer -> follow(program, moment.customerId(), answer.processInstanceId(),
                        new SplittableRandom(seed ^ moment.eventId().hashCode())))));
    }

    private void follow(ProgramHistory program, String customerId, String journeyId, SplittableRandom random) {
        started.merge(program.processId(), 1, Integer::sum);
        running.put(journeyId, new PastJourney(program, customerId, random));
        react(journeyId);
    }

    Map<String, Integer> started() {
        return started;
    }

    int running() {
        return running.size();
    }

    /** Steps and due jobs in time order, until nothing more happens before the present. */
    void playUntilThePresent(PastReplay replay, List<ProgramHistory> programs) {
        this.replay = replay;
        this.programs = List.copyOf(programs);
        Instant sent = replay.now();
        Instant reported = replay.now();
        while (true) {
            Instant stepDue = agenda.isEmpty() ? Instant.MAX : agenda.peek().at();
            Optional<Job> job = nextJob(stepDue.isBefore(replay.present()) ? stepDue : replay.present());
            Instant next = job.map(due -> due.getDuedate().toInstant()).orElse(stepDue);
            if (next.isAfter(replay.present())) {
                sendDueMessages();
                return;
            }
            replay.moveTo(next);
            if (!replay.now().isBefore(sent.plus(OUTBOX_EVERY))) {
                sent = replay.now();
                sendDueMessages();
            }
            if (!replay.now().isBefore(reported.plus(FEEDS_EVERY))) {
                reported = replay.now();
                programs.forEach(ProgramHistory::timePassed);
            }
            if (job.isPresent()) {
                runJob(job.get());
            } else {
                agenda.poll().action().run();
            }
        }
    }

    /** The earliest job of a history journey due by {@code until}, if any. */
    private Optional<Job> nextJob(Instant until) {
        return managementService.createJobQuery().withRetriesLeft().duedateLowerThenOrEquals(Date.from(until))
                .orderByJobDuedate().asc().listPage(0, JOBS_LOOKED_AT).stream()
                .filter(job -> running.containsKey(job.getProcessInstanceId())).findFirst();
    }

    private void runJob(Job job) {
        try {
            managementService.executeJob(job.getId());
        } catch (RuntimeException failed) {
            // the engine counts the attempt down, as for the job executor: the step is tried again or stops with an incident
            log.warn("Demo journey history: a step of journey {} failed: {}", job.getProcessInstanceId(), failed.getMessage());
        }
        react(job.getProcessInstanceId());
    }

    /** Every message due by now goes out now, as the dispatcher would have sent it. */
    private void sendDueMessages() {
        int taken;
        do {
            taken = outbox.dispatchDue();
        } while (taken > 0);
    }

    /** Whatever the journey waits for that nobody planned yet: its team, or its customer, plans it. */
    private void react(String journeyId) {
        PastJourney journey = running.get(journeyId);
        if (journey == null) {
            return;
        }
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(journeyId).list();
        List<EventSubscription> waits = runtimeService.createEventSubscriptionQuery().processInstanceId(journeyId)
                .eventType("message").list();
        if (tasks.isEmpty() && waits.isEmpty()
                && runtimeService.createProcessInstanceQuery().processInstanceId(journeyId).count() == 0) {
            running.remove(journeyId);
            return;
        }
        for (Task task : tasks) {
            if (planned.add(task.getId())) {
                journey.program().work(task.getTaskDefinitionKey(), taskService.getVariables(task.getId()), journey.random())
                        .map(work -> slipped(task, work, journey.random()))
                        .ifPresent(work -> planWork(journeyId, journey, task.getId(), work));
            }
        }
        for (EventSubscription wait : waits) {
            if (planned.add(wait.getId())) {
                journey.program().reply(wait.getEventName(), runtimeService.getVariables(wait.getExecutionId()), journey.random())
                        .ifPresent(reply -> planAnswer(journeyId, journey, reply, wait.getId()));
            }
        }
    }

    /** The work, done after the task's first deadline when no task of its kind has missed one yet. */
    private TaskWork slipped(Task task, TaskWork work, SplittableRandom random) {
        String kind = task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey();
        if (kindsThatSlipped.contains(kind)) {
            return work;
        }
        Optional<Instant> deadline = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementsByType(BoundaryEvent.class).stream()
                .filter(boundary -> boundary.getAttachedTo().getId().equals(task.getTaskDefinitionKey())
                        && !boundary.getChildElementsByType(TimerEventDefinition.class).isEmpty())
                .flatMap(boundary -> managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
                        .activityId(boundary.getId()).timers().list().stream())
                .map(timer -> timer.getDuedate().toInstant()).min(Comparator.naturalOrder());
        if (deadline.isEmpty()) {
            return work;
        }
        kindsThatSlipped.add(kind);
        Duration late = Duration.between(replay.now(), deadline.get()).plus(Chances.within(random, Duration.ofHours(1),
                Duration.ofHours(5)));
        return new TaskWork(late, work.entries(), work.offerAnswers(), work.followedBy());
    }

    /** The team member works the task in office hours; what the customer does after the conversation follows. */
    private void planWork(String journeyId, PastJourney journey, String taskId, TaskWork work) {
        schedule(PeopleHours.teamAt(replay.now().plus(work.after()), zone, journey.random()), () -> {
            if (actors.work(taskId, work)) {
                work.followedBy().forEach(reply -> planAnswer(journeyId, journey, reply, null));
            }
            react(journeyId);
        });
    }

    /** @param wait the wait the reply answers, or null when any wait for its moment will do */
    private void planAnswer(String journeyId, PastJourney journey, Reply reply, String wait) {
        String eventId = "demo-history-" + journeyId + "-" + steps;
        schedule(PeopleHours.customerAt(replay.now().plus(reply.after()), zone, journey.random()), () -> {
            if (wait == null || runtimeService.createEventSubscriptionQuery().eventSubscriptionId(wait).count() > 0) {
                // an answer that starts a journey of its own (a request to leave): its program's people work it too
                actors.answer(journeyId, journey.customerId(), reply, eventId)
                        .filter(answer -> answer.status() == MomentAnswer.Status.STARTED)
                        .ifPresent(answer -> programs.stream().filter(program -> program.processId().equals(answer.journey()))
                                .findFirst().ifPresent(program -> follow(program, journey.customerId(), answer.processInstanceId(),
                                        new SplittableRandom(eventId.hashCode()))));
                // a wait that outlives its answer (an event subprocess that does not interrupt) may be answered again
                planned.remove(wait);
            }
            react(journeyId);
        });
    }

    private void schedule(Instant at, Runnable action) {
        agenda.add(new Step(at.truncatedTo(ChronoUnit.SECONDS), steps++, action));
    }
}
