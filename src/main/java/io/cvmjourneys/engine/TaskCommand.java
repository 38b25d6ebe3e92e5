package io.cvmjourneys.engine;

import static io.cvmjourneys.engine.CommandFields.read;
import static io.cvmjourneys.engine.CommandFields.readable;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * An engine command that works a user task — completes it, submits its form, sets or removes its
 * variables, resolves it, throws a BPMN error or escalation from it — read as the task it works on and
 * what it changes, whichever API sent it
 * (/engine-rest, Camunda Tasklist, the workspace, code); see {@link CommandFields}.
 *
 * @param sets    the variables it sets, by name
 * @param removes the variables it removes
 */
record TaskCommand(Kind kind, String taskId, Map<String, ?> sets, Collection<String> removes) {

    enum Kind {
        COMPLETION,
        FORM_SUBMISSION,
        /** Variables set or removed while the task stays open; a resolution is one (it completes nothing). */
        VARIABLE_CHANGE,
        /** A BPMN error or escalation thrown from the task, with the variables it sets on the journey. */
        ERROR_OR_ESCALATION
    }

    private static final Field ERROR_TASK = readable(HandleTaskBpmnErrorCmd.class, "taskId");
    private static final Field ERROR_VARIABLES = readable(HandleTaskBpmnErrorCmd.class, "variables");
    private static final Field ESCALATION_TASK = readable(HandleTaskEscalationCmd.class, "taskId");
    private static final Field ESCALATION_VARIABLES = readable(HandleTaskEscalationCmd.class, "variables");
    private static final Field COMPLETED_TASK = readable(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETION_VARIABLES = readable(CompleteTaskCmd.class, "variables");
    private static final Field SUBMITTED_TASK = readable(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMITTED_VALUES = readable(SubmitTaskFormCmd.class, "properties");
    private static final Field VARIABLE_OWNER = readable(AbstractVariableCmd.class, "entityId");
    private static final Field SET_VARIABLES = readable(AbstractSetVariableCmd.class, "variables");
    private static final Field REMOVED_VARIABLES = readable(AbstractRemoveVariableCmd.class, "variableNames");
    private static final Field PATCHED_OWNER = readable(AbstractPatchVariablesCmd.class, "entityId");
    private static final Field PATCHED_VARIABLES = readable(AbstractPatchVariablesCmd.class, "variables");
    private static final Field PATCH_DELETIONS = readable(AbstractPatchVariablesCmd.class, "deletions");

    static Optional<TaskCommand> of(Command<?> command) {
        if (command instanceof ResolveTaskCmd) {
            return Optional.of(new TaskCommand(Kind.VARIABLE_CHANGE, read(COMPLETED_TASK, command),
                    variables(COMPLETION_VARIABLES, command), List.of()));
        }
        if (command instanceof CompleteTaskCmd) {
            return Optional.of(new TaskCommand(Kind.COMPLETION, read(COMPLETED_TASK, command),
                    variables(COMPLETION_VARIABLES, command), List.of()));
        }
        if (command instanceof SubmitTaskFormCmd) {
            return Optional.of(new TaskCommand(Kind.FORM_SUBMISSION, read(SUBMITTED_TASK, command),
                    variables(SUBMITTED_VALUES, command), List.of()));
        }
        if (command instanceof SetTaskVariablesCmd) {
            return Optional.of(new TaskCommand(Kind.VARIABLE_CHANGE, read(VARIABLE_OWNER, command),
                    variables(SET_VARIABLES, command), List.of()));
        }
        if (command instanceof RemoveTaskVariablesCmd) {
            return Optional.of(new TaskCommand(Kind.VARIABLE_CHANGE, read(VARIABLE_OWNER, command), Map.of(),
                    names(REMOVED_VARIABLES, command)));
        }
        if (command instanceof PatchTaskVariablesCmd) {
            return Optional.of(new TaskCommand(Kind.VARIABLE_CHANGE, read(PATCHED_OWNER, command),
                    variables(PATCHED_VARIABLES, command), names(PATCH_DELETIONS, command)));
        }
        if (command instanceof HandleTaskBpmnErrorCmd) {
            return Optional.of(new TaskCommand(Kind.ERROR_OR_ESCALATION, read(ERROR_TASK, command),
                    variables(ERROR_VARIABLES, command), List.of()));
        }
        if (command instanceof HandleTaskEscalationCmd) {
            return Optional.of(new TaskCommand(Kind.ERROR_OR_ESCALATION, read(ESCALATION_TASK, command),
                    variables(ESCALATION_VARIABLES, command), List.of()));
        }
        return Optional.empty();
    }

    private static Map<String, ?> variables(Field field, Command<?> command) {
        Map<String, ?> variables = read(field, command);
        return variables == null ? Map.of() : variables;
    }

    private static Collection<String> names(Field field, Command<?> command) {
        Collection<String> names = read(field, command);
        return names == null ? List.of() : names;
    }
}
