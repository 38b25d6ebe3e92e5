package io.cvmjourneys.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.engine.ActingAs;
import io.cvmjourneys.engine.ConcurrentChanges;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journey tasks as the signed-in agent may see and work them. Every task call runs as the agent
 * (the engine's identity service knows the user and groups), so Camunda's authorizations decide
 * what is visible and workable, not only the page.
 */
@Service
class AgentTasks {

    static final int QUEUE_LIMIT = 200;
    private static final String GONE = "This task is no longer open for you: it was completed or cancelled meanwhile,"
            + " or it belongs to another team.";

    enum Sort { DUE, PRIORITY }

    private final TaskService taskService;
    private final FormService formService;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    AgentTasks(TaskService taskService, FormService formService, IdentityService identityService,
               RuntimeService runtimeService, RepositoryService repositoryService, TransactionTemplate transaction,
               ObjectMapper json, Clock clock) {
        this.taskService = taskService;
        this.formService = formService;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One team's tasks (only a team the agent is in), or, without a team, the tasks of every team
     * the agent is in and those assigned to the agent.
     */
    List<AgentTask> queue(Agent agent, String team, Sort sort) {
        List<String> teams = team == null ? agent.groups() : agent.groups().stream().filter(team::equals).toList();
        List<Task> tasks = asAgent(agent, () -> {
            Map<String, Task> found = new LinkedHashMap<>();
            if (!teams.isEmpty()) {
                taskService.createTaskQuery().active().taskCandidateGroupIn(teams).includeAssignedTasks()
                        .listPage(0, QUEUE_LIMIT).forEach(task -> found.put(task.getId(), task));
            }
            if (team == null) {
                taskService.createTaskQuery().active().taskAssignee(agent.userId())
                        .listPage(0, QUEUE_LIMIT).forEach(task -> found.putIfAbsent(task.getId(), task));
            }
            return List.copyOf(found.values());
        });
        return rows(tasks).stream().sorted(order(sort)).toList();
    }

    /** The open tasks of one customer the agent may see. */
    List<AgentTask> ofCustomer(Agent agent, String customerId) {
        return rows(asAgent(agent, () -> taskService.createTaskQuery().active().processInstanceBusinessKey(customerId)
                .listPage(0, QUEUE_LIMIT))).stream().sorted(order(Sort.DUE)).toList();
    }

    TaskView open(Agent agent, String taskId) {
        record Seen(Task task, CamundaForm form, Map<String, Object> variables, List<IdentityLink> links) {
        }
        Seen seen = engineCall(agent, () -> {
            Task task = visibleTask(taskId);
            return new Seen(task, task.getCamundaFormRef() == null ? null : form(taskId), taskService.getVariables(taskId),
                    taskService.getIdentityLinksForTask(taskId));
        });
        List<String> workedBy = seen.links().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? Role.ofGroup(link.getGroupId()).map(Role::groupName)
                        .orElse(link.getGroupId()) : link.getUserId())
                .distinct().toList();
        return new TaskView(rows(List.of(seen.task())).get(0), seen.form(), seen.variables(),
                mayWork(agent, seen.task(), seen.links()), workedBy);
    }

    void claim(Agent agent, String taskId) {
        engineCall(agent, () -> {
            visibleTask(taskId);
            taskService.claim(taskId, agent.userId());
            return null;
        });
    }

    void unclaim(Agent agent, String taskId) {
        engineCall(agent, () -> {
            Task task = visibleTask(taskId);
            if (task.getAssignee() != null && !task.getAssignee().equals(agent.userId())) {
                throw new TaskUnavailable(task.getAssignee() + " has this task now; only they can give it back.");
            }
            taskService.setAssignee(taskId, null);
            return null;
        });
    }

    /**
     * Refuses an agent who may look at the task but not work it (a manager reading another team's
     * task) before anything they sent is checked: the engine would refuse the completion anyway,
     * and its form's rules are none of their business.
     */
    void assertMayWork(Agent agent, String taskId) {
        if (!engineCall(agent, () -> mayWork(agent, visibleTask(taskId), taskService.getIdentityLinksForTask(taskId)))) {
            throw new TaskUnavailable(GONE);
        }
    }

    /**
     * Working a task is for its assignee, its candidates (the team it is for) and administrators; others
     * who may see it (CVM managers) read it only, as the engine withholds them the right to work it.
     */
    private static boolean mayWork(Agent agent, Task task, List<IdentityLink> links) {
        return agent.isIn(Role.CAMUNDA_ADMIN.groupId()) || agent.userId().equals(task.getAssignee())
                || links.stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                && (agent.userId().equals(link.getUserId()) || link.getGroupId() != null && agent.isIn(link.getGroupId())));
    }

    /** Claims the task if nobody has it, and completes it with the variables, all in one transaction. */
    void complete(Agent agent, String taskId, Map<String, Object> variables) {
        engineCall(agent, () -> transaction.execute(status -> {
            Task task = visibleTask(taskId);
            if (task.getAssignee() == null) {
                taskService.claim(taskId, agent.userId());
            } else if (!task.getAssignee().equals(agent.userId())) {
                throw new TaskUnavailable(task.getAssignee() + " claimed this task meanwhile: nothing was saved.");
            }
            taskService.complete(taskId, variables);
            return null;
        }));
    }

    /** Runs engine work as the agent and turns the engine's refusals into messages the agent can act on. */
    private <T> T engineCall(Agent agent, Supplier<T> work) {
        try {
            return asAgent(agent, work);
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskUnavailable(e.getTaskAssignee() + " claimed this task meanwhile.");
        } catch (AuthorizationException | NullValueException e) {
            throw new TaskUnavailable(GONE);
        } catch (RuntimeException e) {
            if (ConcurrentChanges.lostTheRace(e)) {
                throw new TaskUnavailable("Someone changed this task at the same moment (another tab or a colleague):"
                        + " nothing was saved. Open it again to see where it stands.");
            }
            throw e;
        }
    }

    private <T> T asAgent(Agent agent, Supplier<T> work) {
        return ActingAs.call(identityService, agent.userId(), agent.groups(), work);
    }

    private Task visibleTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new TaskUnavailable(GONE);
        }
        return task;
    }

    private CamundaForm form(String taskId) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            return CamundaForm.read(form, json);
        } catch (IOException e) {
            throw new UncheckedIOException("The task's form cannot be read", e);
        }
    }

    /** Customer ids and journey names come from the engine itself, not as the agent: agents may not read instances. */
    private List<AgentTask> rows(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
            // the name the journey assessed: one query for the whole queue, none per row
            runtimeService.createVariableInstanceQuery().variableName(JourneyVariables.CUSTOMER_NAME)
                    .processInstanceIdIn(instanceIds.toArray(String[]::new)).disableCustomObjectDeserialization().list()
                    .forEach(name -> names.put(name.getProcessInstanceId(), String.valueOf(name.getValue())));
        }
        Map<String, String> journeys = new HashMap<>();
        long now = clock.millis();
        return tasks.stream().map(task -> new AgentTask(task.getId(), task.getName(),
                journeys.computeIfAbsent(String.valueOf(task.getProcessDefinitionId()), id -> journeyName(task)),
                AgentTask.customerOf(businessKeys.get(task.getProcessInstanceId())), names.get(task.getProcessInstanceId()),
                AgentTask.subjectOf(businessKeys.get(task.getProcessInstanceId())), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority(), task.getAssignee(),
                task.getDueDate() != null && task.getDueDate().getTime() < now, clock.getZone())).toList();
    }

    private String journeyName(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return "";
        }
        String name = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getName();
        return name == null ? "" : name;
    }

    private static Comparator<AgentTask> order(Sort sort) {
        Comparator<AgentTask> byDue = Comparator.comparing(AgentTask::due, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<AgentTask> byPriority = Comparator.comparingInt(AgentTask::priority).reversed();
        return (sort == Sort.PRIORITY ? byPriority.thenComparing(byDue) : byDue.thenComparing(byPriority))
                .thenComparing(AgentTask::created);
    }
}
