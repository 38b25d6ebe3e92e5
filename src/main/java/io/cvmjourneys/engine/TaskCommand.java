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

    /** How one kind of command is read: its task, the variables it sets and the names it removes (none when null). */
    private record Reading(Class<?> command, Kind kind, Field task, Field sets, Field removes) {

        TaskCommand of(Command<?> given) {
            Map<String, ?> set = sets == null ? null : read(sets, given);
            Collection<String> removed = removes == null ? null : read(removes, given);
            return new TaskCommand(kind, read(task, given), set == null ? Map.of() : set, removed == null ? List.of() : removed);
        }
    }

    /** First match wins: a resolution is a CompleteTaskCmd too, and is read as what it does. */
    private static final List<Reading> READINGS = List.of(
            new Reading(ResolveTaskCmd.class, Kind.VARIABLE_CHANGE, readable(CompleteTaskCmd.class, "taskId"),
                    readable(CompleteTaskCmd.class, "variables"), null),
            new Reading(CompleteTaskCmd.class, Kind.COMPLETION, readable(CompleteTaskCmd.class, "taskId"),
                    readable(CompleteTaskCmd.class, "variables"), null),
            new Reading(SubmitTaskFormCmd.class, Kind.FORM_SUBMISSION, readable(SubmitTaskFormCmd.class, "taskId"),
                    readable(SubmitTaskFormCmd.class, "properties"), null),
            new Reading(SetTaskVariablesCmd.class, Kind.VARIABLE_CHANGE, readable(AbstractVariableCmd.class, "entityId"),
                    readable(AbstractSetVariableCmd.class, "variables"), null),
            new Reading(RemoveTaskVariablesCmd.class, Kind.VARIABLE_CHANGE, readable(AbstractVariableCmd.class, "entityId"),
                    null, readable(AbstractRemoveVariableCmd.class, "variableNames")),
            new Reading(PatchTaskVariablesCmd.class, Kind.VARIABLE_CHANGE, readable(AbstractPatchVariablesCmd.class, "entityId"),
                    readable(AbstractPatchVariablesCmd.class, "variables"), readable(AbstractPatchVariablesCmd.class, "deletions")),
            new Reading(HandleTaskBpmnErrorCmd.class, Kind.ERROR_OR_ESCALATION, readable(HandleTaskBpmnErrorCmd.class, "taskId"),
                    readable(HandleTaskBpmnErrorCmd.class, "variables"), null),
            new Reading(HandleTaskEscalationCmd.class, Kind.ERROR_OR_ESCALATION,
                    readable(HandleTaskEscalationCmd.class, "taskId"), readable(HandleTaskEscalationCmd.class, "variables"), null));

    /** Runs for every engine command: a plain loop, nothing allocated for the commands that work no task. */
    static Optional<TaskCommand> of(Command<?> command) {
        for (Reading reading : READINGS) {
            if (reading.command().isInstance(command)) {
                return Optional.of(reading.of(command));
            }
        }
        return Optional.empty();
    }
}
