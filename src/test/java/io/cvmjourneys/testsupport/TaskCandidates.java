package io.cvmjourneys.testsupport;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/** The teams a task is offered to, as a queue shows it: its candidate groups, sorted. */
public final class TaskCandidates {

    private TaskCandidates() {
    }

    public static List<String> groups(TaskService taskService, Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).sorted().toList();
    }
}
