package io.cvmjourneys.learning;

import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.LearnedPropensities;
import io.cvmjourneys.nba.PropensitySnapshot;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Starts the learning process (the nightly run once a day whichever node asks; a person's request at
 * once) and shows where learning stands: the snapshots, the estimates of one, the review that waits.
 */
@Service
public class PropensityLearning {

    static final String PROCESS = "propensity-learning";
    static final String REQUESTED_BY = "learningRequestedBy";
    static final String REASON = "learningReason";
    static final String NIGHTLY = "nightly";
    static final String REVIEW_TASK = "Task_ReviewLearnedPropensities";
    private static final int MAX_REASON = 500;

    /**
     * One estimate of a snapshot, for a page: the table's mean propensity, the answers, the learned mean,
     * and the mean the snapshot in force gives from the same table propensity.
     */
    public record Estimate(String actionId, String actionName, String segment, String channel, long answered, long accepted,
                           double table, double learned, double inForce) {

        public double acceptedShare() {
            return answered == 0 ? 0 : (double) accepted / answered;
        }
    }

    /** The learned snapshot waiting for its review: since when, for which teams, in which task. */
    public record WaitingReview(int version, String taskId, Instant since, Instant due, List<String> teams) {
    }

    /** What a requested learning found. */
    public record Requested(String processInstanceId, String result, Integer version) {
    }

    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final LearnedPropensities learned;
    private final ActionCatalog catalog;
    private final Clock clock;

    PropensityLearning(RuntimeService runtime, HistoryService history, TaskService tasks, LearnedPropensities learned,
                       ActionCatalog catalog, Clock clock) {
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.learned = learned;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Learns now, for the person who asked and why: off the nightly schedule, e.g. after a campaign's answers came in. */
    public Requested request(String by, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say why you ask for a learning now (at most " + MAX_REASON
                    + " characters): the reviewer reads it", "reason");
        }
        ProcessInstance process = start(by, PROCESS + ":" + by + ":" + clock.instant(), reason.strip());
        Map<String, Object> found = history.createHistoricVariableInstanceQuery().processInstanceId(process.getId()).list()
                .stream().filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
        Number version = (Number) found.get(LearningVariables.VERSION);
        return new Requested(process.getId(), (String) found.get(LearningVariables.RESULT),
                version == null || version.intValue() == 0 ? null : version.intValue());
    }

    /** The night's learning ({@link NightlyPropensityLearning}), unless another node already started it today. */
    void nightly() {
        String key = PROCESS + ":" + NIGHTLY + ":" + LocalDate.now(clock);
        if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0) {
            start(NIGHTLY, key, "The nightly learning");
        }
    }

    ProcessInstance start(String by, String key, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REQUESTED_BY, by);
        variables.put(REASON, reason);
        return runtime.startProcessInstanceByKey(PROCESS, key, variables);
    }

    public List<LearnedPropensities.Snapshot> snapshots() {
        return learned.snapshots();
    }

    public Optional<LearnedPropensities.Snapshot> snapshot(int version) {
        return learned.snapshot(version);
    }

    /** The snapshot's estimates, the most answered first. */
    public List<Estimate> estimates(int version) {
        PropensitySnapshot snapshot = learned.read(version);
        PropensitySnapshot current = learned.inForce();
        Map<String, String> names = catalog.all().stream().collect(Collectors.toMap(Action::id, Action::name));
        return snapshot.cells().entrySet().stream().map(cell -> {
                    double table = cell.getValue().tablePropensity();
                    return new Estimate(cell.getKey().actionId(), names.getOrDefault(cell.getKey().actionId(),
                            cell.getKey().actionId()), cell.getKey().segment().name(), cell.getKey().channel().name(),
                            cell.getValue().answered(), cell.getValue().accepted(), table,
                            cell.getValue().mean(table, snapshot.priorAnswers()),
                            current.counts(cell.getKey()).mean(table, snapshot.priorAnswers()));
                })
                .sorted(Comparator.comparingLong(Estimate::answered).reversed().thenComparing(Estimate::actionId)
                        .thenComparing(Estimate::segment).thenComparing(Estimate::channel))
                .toList();
    }

    /** How the snapshot moves each estimate from the one in force. */
    public List<LearnedPropensities.Shift> shifts(int version) {
        return learned.shifts(version);
    }

    public int inForce() {
        return learned.inForce().version();
    }

    public double reviewShift() {
        return learned.reviewShift();
    }

    public Optional<WaitingReview> waitingReview() {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(REVIEW_TASK).list().stream()
                .findFirst().map(task -> new WaitingReview(((Number) tasks.getVariable(task.getId(), LearningVariables.VERSION))
                        .intValue(), task.getId(), task.getCreateTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(), teams(task)));
    }

    private List<String> teams(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).sorted().toList();
    }
}
