package io.cvmjourneys.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;

/**
 * How a task command that failed is answered, and what a completion's listener sees it sent. The engine
 * below is a stand-in that fails the way a step does when a colleague's completion took the journey's
 * data away under it; the end-to-end race runs in ConcurrentCallsOnPostgresTest.
 */
class TaskCommandsTest {

    private static final RuntimeException STEP_FAILED = new IllegalStateException("variable customerId is not set");

    @Test
    void aFailureOnATaskThatSomeoneElseCompletedMeanwhileIsToldAsALostRace() {
        TaskCommands commands = failingWith(STEP_FAILED, taskId -> false);

        assertThatThrownBy(() -> commands.execute(new CompleteTaskCmd("task-1", Map.of("offerResponse", "ACCEPTED"))))
                .isInstanceOf(OptimisticLockingException.class).hasCause(STEP_FAILED)
                .satisfies(failure -> assertThat(ConcurrentChanges.lostTheRace(failure)).isTrue());
        assertThatThrownBy(() -> commands.execute(new SubmitTaskFormCmd("task-1", Map.of(), false, false)))
                .isInstanceOf(OptimisticLockingException.class);
    }

    @Test
    void aFailureOnATaskStillOpenIsARealFailureAndStaysAsItIs() {
        TaskCommands commands = failingWith(STEP_FAILED, taskId -> true);

        assertThatThrownBy(() -> commands.execute(new CompleteTaskCmd("task-1", Map.of()))).isSameAs(STEP_FAILED);
    }

    @Test
    void aTaskThatWasNeverThereAndALostLockKeepTheirOwnAnswers() {
        NullValueException neverThere = new NullValueException("Cannot find task with id task-9: task is null");
        OptimisticLockingException lostLock = new OptimisticLockingException("ACT_RU_TASK updated meanwhile");

        assertThatThrownBy(() -> failingWith(neverThere, taskId -> false).execute(new CompleteTaskCmd("task-9", Map.of())))
                .isSameAs(neverThere);
        assertThatThrownBy(() -> failingWith(lostLock, taskId -> false).execute(new CompleteTaskCmd("task-1", Map.of())))
                .isSameAs(lostLock);
    }

    @Test
    void aCompletionsListenerSeesWhatTheCompletionSentAndNothingForASubmittedForm() {
        AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
        TaskCommands commands = running(command -> seen.set(TaskCommands.sentFor("task-1")));

        commands.execute(new CompleteTaskCmd("task-1", Map.of("agentNote", "Called back")));
        assertThat(seen.get()).containsExactly(Map.entry("agentNote", "Called back"));
        commands.execute(new SubmitTaskFormCmd("task-1", Map.of("agentNote", "Called back"), false, false));
        assertThat(seen.get()).isEmpty();
        commands.execute(new CompleteTaskCmd("task-2", Map.of("agentNote", "Called back")));
        assertThat(seen.get()).as("another task's completion").isEmpty();
        assertThat(TaskCommands.sentFor("task-1")).as("after the command").isEmpty();
    }

    @Test
    void everyWayOfChangingATasksJourneyIsReadAsWhatItSetsAndRemoves() {
        Map<String, Object> note = Map.of("agentNote", "x");

        assertThat(TaskCommand.of(new PatchTaskVariablesCmd("task-1", note, List.of("channel"), false))).contains(
                new TaskCommand(TaskCommand.Kind.VARIABLE_CHANGE, "task-1", note, List.of("channel")));
        assertThat(TaskCommand.of(new RemoveTaskVariablesCmd("task-1", List.of("channel"), true))).contains(
                new TaskCommand(TaskCommand.Kind.VARIABLE_CHANGE, "task-1", Map.of(), List.of("channel")));
        assertThat(TaskCommand.of(new ResolveTaskCmd("task-1", note))).as("a resolution completes nothing").contains(
                new TaskCommand(TaskCommand.Kind.VARIABLE_CHANGE, "task-1", note, List.of()));
        assertThat(TaskCommand.of(new HandleTaskBpmnErrorCmd("task-1", "GONE", null, note))).contains(
                new TaskCommand(TaskCommand.Kind.ERROR_OR_ESCALATION, "task-1", note, List.of()));
        assertThat(TaskCommand.of(new HandleTaskEscalationCmd("task-1", "HELP", null))).contains(
                new TaskCommand(TaskCommand.Kind.ERROR_OR_ESCALATION, "task-1", Map.of(), List.of()));
        assertThat(TaskCommand.of(new ClaimTaskCmd("task-1", "agent"))).isEmpty();
    }

    private static TaskCommands failingWith(RuntimeException failure, Predicate<String> stillOpen) {
        TaskCommands commands = new TaskCommands(stillOpen);
        commands.setNext(engine(command -> {
            throw failure;
        }));
        return commands;
    }

    private static TaskCommands running(Consumer<Command<?>> work) {
        TaskCommands commands = new TaskCommands(taskId -> true);
        commands.setNext(engine(work));
        return commands;
    }

    private static CommandInterceptor engine(Consumer<Command<?>> work) {
        return new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                work.accept(command);
                return null;
            }
        };
    }
}
