package io.cvmjourneys.changes;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.ActionDraft;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes changes and follows them through the change journey (bpmn/model-change.bpmn): who they
 * wait for, what each team decided, and the manager's override.
 */
@Service
public class ModelChanges {

    static final String PROCESS = "model-change";
    static final String OVERRIDE_MESSAGE = "ModelChangeOverridden";
    /** The channels the channel team runs: outbound messages and the digital placements. */
    static final Set<Channel> CHANNEL_TEAM_CHANNELS = EnumSet.of(Channel.SMS, Channel.EMAIL, Channel.PUSH, Channel.TELESALES,
            Channel.APP, Channel.WEB);
    static final int MAX_REASON = 1000;
    /** Shorter: the override's reason goes, with who overrode which change, into the program's or action's history. */
    static final int MAX_OVERRIDE = 800;
    private static final int MAX_FILE_NAME = 200;

    /** What a CVM manager proposes. */
    public record Proposal(ChangeKind kind, String subject, String reason, List<Channel> channels, LocalDate notBefore,
                           String modelFile, String model, ActionDraft action) {

        public Proposal {
            channels = channels == null ? List.of() : channels.stream().filter(Objects::nonNull).distinct().sorted().toList();
        }
    }

    /** A change under way and the step it waits in: a team's task, its scheduled day, or being put live. */
    public record Waiting(ModelChange change, String step, List<String> teams, Instant since, Instant due) {
    }

    private final ModelChangeTable table;
    private final List<ChangeSubject> subjects;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ManagementService management;
    private final Clock clock;

    ModelChanges(ModelChangeTable table, List<ChangeSubject> subjects, RuntimeService runtime, TaskService tasks,
                 HistoryService history, ManagementService management, Clock clock) {
        this.table = table;
        this.subjects = List.copyOf(subjects);
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.management = management;
        this.clock = clock;
    }

    /** Stores the proposal and starts its journey; refuses what could not go live as proposed, and a second proposal of the same. */
    @Transactional
    public ModelChange propose(Proposal proposal, String by) {
        if (proposal.kind() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say what kind of change: " + List.of(ChangeKind.values()), "kind");
        }
        String reason = reason(proposal.reason(), "the reviewers read it", MAX_REASON);
        Optional<Channel> notTheChannelTeams = proposal.channels().stream().filter(c -> !CHANNEL_TEAM_CHANNELS.contains(c))
                .findFirst();
        if (notTheChannelTeams.isPresent()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The channel team approves " + CHANNEL_TEAM_CHANNELS + ", not "
                    + notTheChannelTeams.get(), "channels");
        }
        if (proposal.notBefore() != null && proposal.notBefore().isBefore(LocalDate.now(clock))) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The first day it may go live is today or later", "notBefore");
        }
        if (proposal.modelFile() != null && proposal.modelFile().length() > MAX_FILE_NAME) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A file name has at most " + MAX_FILE_NAME + " characters", "file");
        }
        String model = subjectOf(proposal.kind()).check(proposal);
        table.underWay(proposal.kind(), proposal.subject()).ifPresent(same -> {
            throw new ApiException(HttpStatus.CONFLICT, "Change " + same.id() + " (by " + same.proposedBy() + ") proposes this"
                    + " already: follow it on /changes/" + same.id(), "subject");
        });
        long id = table.insert(proposal.kind(), proposal.subject(), subjectOf(proposal.kind()).summary(proposal), reason,
                proposal.channels(), proposal.notBefore(), proposal.kind() == ChangeKind.DECISION_TABLE ? proposal.modelFile() : null, model, by, clock.instant());
        ModelChange change = table.find(id).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ChangeVariables.CHANGE_ID, id);
        variables.put(ChangeVariables.KIND, proposal.kind().name());
        variables.put(ChangeVariables.SUMMARY, change.summary());
        variables.put(ChangeVariables.REASON, reason);
        variables.put(ChangeVariables.PROPOSED_BY, by);
        variables.put(ChangeVariables.WITHDRAWN, false);
        runtime.startProcessInstanceByKey(PROCESS, change.reference(), variables);
        return change;
    }

    public List<ModelChange> all() {
        return table.all();
    }

    public Optional<ModelChange> find(long id) {
        return table.find(id);
    }

    public List<ChangeStep> steps(long id) {
        return table.steps(id, 0);
    }

    /** The evidence of the change's last round of approvals, as analytics read it; null before the first. */
    public String evidence(ModelChange change) {
        return history.createHistoricVariableInstanceQuery().variableName(ChangeVariables.EVIDENCE)
                .processInstanceIdIn(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(change.reference())
                        .processDefinitionKey(PROCESS).list().stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .list().stream().map(variable -> (String) variable.getValue()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Every change under way, with the step it waits in. */
    public List<Waiting> waiting() {
        return table.all().stream().filter(change -> change.status() == ChangeStatus.UNDER_WAY).map(this::waiting).toList();
    }

    Waiting waiting(ModelChange change) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(change.reference()).processDefinitionKey(PROCESS)
                .orderByTaskCreateTime().asc().list();
        if (!open.isEmpty()) {
            Task first = open.get(0);
            return new Waiting(change, step(open),
                    open.stream().map(this::teams).flatMap(Collection::stream).distinct().sorted().toList(),
                    first.getCreateTime().toInstant(), first.getDueDate() == null ? null : first.getDueDate().toInstant());
        }
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(change.reference())
                .processDefinitionKey(PROCESS).singleResult();
        Optional<Job> job = process == null ? Optional.empty()
                : management.createJobQuery().processInstanceId(process.getId()).list().stream().findFirst();
        if (job.isPresent() && job.get().getExceptionMessage() != null) {
            // an administrator sees the failure in Cockpit and retries the job there
            return new Waiting(change, "Failed to go live: " + job.get().getExceptionMessage(), List.of("camunda-admin"),
                    null, null);
        }
        return job.filter(timer -> timer.getDuedate() != null && timer.getDuedate().toInstant().isAfter(clock.instant()))
                .map(timer -> new Waiting(change, "Scheduled to go live", List.of(), null, timer.getDuedate().toInstant()))
                .orElseGet(() -> new Waiting(change, "Being put live", List.of(), null, null));
    }

    /**
     * Puts the change live now, past the approvals it still waits for: the manager's reason is
     * recorded with the change and in its history.
     */
    @Transactional
    public ModelChange override(long id, String by, String reason) {
        ModelChange change = find(id).orElseThrow(() -> unknown(id));
        String why = reason(reason, "the change's history keeps it", MAX_OVERRIDE);
        if (change.status() != ChangeStatus.UNDER_WAY) {
            throw new ApiException(HttpStatus.CONFLICT, "Change " + id + " is " + change.status() + ": nothing to override",
                    "status");
        }
        try {
            runtime.createMessageCorrelation(OVERRIDE_MESSAGE).processInstanceBusinessKey(change.reference())
                    .setVariable(ChangeVariables.OVERRIDDEN_BY, by).setVariable(ChangeVariables.OVERRIDE_REASON, why)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException alreadyApproved) {
            throw new ApiException(HttpStatus.CONFLICT, "Change " + id + " is being put live already: nothing to override",
                    "status");
        }
        table.addStep(id, "cvm-managers", null, ChangeVariables.OVERRIDE, why, null, by, clock.instant());
        return change;
    }

    ChangeSubject subjectOf(ChangeKind kind) {
        return subjects.stream().filter(subject -> subject.kinds().contains(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No change subject handles " + kind));
    }

    static ApiException unknown(long id) {
        return new ApiException(HttpStatus.NOT_FOUND, "No change " + id + ": GET /api/changes lists them", "id");
    }

    private static String reason(String reason, String why, int max) {
        if (reason == null || reason.isBlank() || reason.strip().length() > max) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say why, in at most " + max + " characters: " + why,
                    "reason");
        }
        return reason.strip();
    }

    /** One task's name, or the tasks' common name and what each is for: "Approve the content and schedule: APP, PUSH". */
    private static String step(List<Task> open) {
        String first = open.get(0).getName();
        int colon = first.indexOf(": ");
        if (open.size() == 1 || colon < 0) {
            return first + (open.size() > 1 ? " (" + open.size() + " tasks)" : "");
        }
        String common = first.substring(0, colon + 2);
        return open.stream().allMatch(task -> task.getName().startsWith(common))
                ? common + open.stream().map(task -> task.getName().substring(common.length())).sorted()
                .collect(Collectors.joining(", "))
                : first + " (" + open.size() + " tasks)";
    }

    private List<String> teams(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .toList();
    }
}
