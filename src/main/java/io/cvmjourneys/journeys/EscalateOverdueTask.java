package io.cvmjourneys.journeys;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What every journey does when a person's task runs past its due date: the task moves to the top
 * of the queue and the supervising team is added as a candidate, with a comment saying why.
 * BPMN: a non-interrupting timer on the task's due date leads to a service task with
 * {@code camunda:delegateExpression="${escalateOverdueTask}"} and the input parameters
 * {@value #OVERDUE_TASK} (the task's id in the model) and, optionally, {@value #ESCALATE_TO}.
 */
@Component("escalateOverdueTask")
class EscalateOverdueTask implements JavaDelegate {

    static final String OVERDUE_TASK = "overdueTask";
    static final String ESCALATE_TO = "escalateTo";
    static final String DEFAULT_SUPERVISORS = "cvm-managers";
    static final int ESCALATED_PRIORITY = 90;

    private final TaskService taskService;

    EscalateOverdueTask(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskKey = (String) execution.getVariable(OVERDUE_TASK);
        Object escalateTo = execution.getVariable(ESCALATE_TO);
        String supervisors = escalateTo == null ? DEFAULT_SUPERVISORS : escalateTo.toString();
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).list()) {
            taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
            taskService.addCandidateGroup(task.getId(), supervisors);
            taskService.createComment(task.getId(), execution.getProcessInstanceId(),
                    "Overdue since " + task.getDueDate() + ": escalated to " + supervisors);
        }
    }
}
