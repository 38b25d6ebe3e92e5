package io.cvmjourneys.testsupport;

import io.cvmjourneys.engine.ActingAs;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** A team's work on a process's open task, as the workspace does it: signed in as one of the team. */
public class TeamTasks {

    private final TaskService taskService;
    private final IdentityService identity;

    TeamTasks(TaskService taskService, IdentityService identity) {
        this.taskService = taskService;
        this.identity = identity;
    }

    /** The one task the process waits at. */
    public Task openIn(ProcessInstance process) {
        return taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    public void complete(Task task, String user, String group, Map<String, Object> variables) {
        ActingAs.run(identity, user, List.of(group), () -> taskService.complete(task.getId(), variables));
    }
}
