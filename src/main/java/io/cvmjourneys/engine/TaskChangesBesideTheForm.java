package io.cvmjourneys.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What a user task lets its worker change besides completing its form: its variables set, removed or
 * resolved on their own (/engine-rest's {@code …/variables…}, {@code …/localVariables…},
 * {@code …/resolve}, or {@code taskService}), or a BPMN error or escalation thrown from it with
 * variables. Each may change what the task's form allows and nothing else — whoever may work a task
 * could otherwise rewrite its journey's customer, channel or offer through it — and an error or
 * escalation no step of the journey catches is refused, not left to end the journey. Checked inside
 * the command, after the caller's right to change the task, so a caller without it is refused for
 * that first, and before anything is written.
 */
final class TaskChangesBesideTheForm extends CommandInterceptor {

    /** Camunda's codes for an error (with exceptions after unhandled errors on) and an escalation nobody catches. */
    private static final String ERROR_NOT_CAUGHT = "ENGINE-02042";
    private static final String ESCALATION_NOT_CAUGHT = "ENGINE-02043";

    private final ObjectProvider<TaskFormRules> formRules;

    TaskChangesBesideTheForm(ObjectProvider<TaskFormRules> formRules) {
        this.formRules = formRules;
    }

    @Override
    public <T> T execute(Command<T> command) {
        TaskCommand change = TaskCommand.of(command).filter(task -> task.kind() == TaskCommand.Kind.VARIABLE_CHANGE
                || task.kind() == TaskCommand.Kind.ERROR_OR_ESCALATION).orElse(null);
        if (change == null || change.taskId() == null) {
            return next.execute(command);
        }
        CommandContext context = Context.getCommandContext();
        TaskEntity task = context.getTaskManager().findTaskById(change.taskId());
        if (task == null) {
            return next.execute(command);
        }
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkUpdateTaskVariable(task));
        formRules.orderedStream().forEach(rules -> rules.checkChange(task, change.sets(), change.removes()));
        try {
            return next.execute(command);
        } catch (ProcessEngineException failure) {
            if (change.kind() == TaskCommand.Kind.ERROR_OR_ESCALATION && Causes.of(failure).anyMatch(cause ->
                    cause.getMessage() != null && (cause.getMessage().startsWith(ERROR_NOT_CAUGHT)
                            || cause.getMessage().startsWith(ESCALATION_NOT_CAUGHT)))) {
                throw new BadUserRequestException("No step of this journey catches what was thrown from \"" + task.getName()
                        + "\": the task ends by its form, or by an error or escalation its model catches. Nothing was changed.",
                        failure);
            }
            throw failure;
        }
    }
}
