package io.cvmjourneys.engine;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Every command that works a user task ({@link TaskCommand}), run with two things the engine does not
 * give: what the caller sent, kept for the task's complete listener (the engine sets a completion's
 * variables on the journey before the listener runs, so without this the form's rules could not tell
 * what the caller sent from what the journey held); and a plain answer when the command lost a race.
 * Two agents completing one task both start from the open task; the loser may then fail on anything
 * the winner's commit took away under it — a journey variable gone, an execution no longer there —
 * with whatever error that raises deep in a step. Once the task is found gone after such a failure,
 * it was completed meanwhile: the caller is told so (a 409 everywhere, as for the engine's own
 * optimistic lock), not shown a server error. A failure on a task that is still open is a real one
 * and stays as it is.
 */
final class TaskCommands extends CommandInterceptor {

    private static final ThreadLocal<TaskCommand> CURRENT = new ThreadLocal<>();

    private final Predicate<String> stillOpen;

    /** @param stillOpen whether a task exists as committed, looked up in a transaction of its own */
    TaskCommands(Predicate<String> stillOpen) {
        this.stillOpen = stillOpen;
    }

    /**
     * What the completion running on this thread sent for this task; empty for any other, and for a
     * submitted form, whose handler sees what was submitted.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> sentFor(String taskId) {
        TaskCommand running = CURRENT.get();
        return running != null && running.kind() == TaskCommand.Kind.COMPLETION && running.taskId().equals(taskId)
                ? (Map<String, Object>) running.sets() : Map.of();
    }

    @Override
    public <T> T execute(Command<T> command) {
        Optional<TaskCommand> task = CURRENT.get() == null ? TaskCommand.of(command) : Optional.empty();
        if (task.isEmpty()) {
            return next.execute(command);
        }
        CURRENT.set(task.get());
        try {
            return next.execute(command);
        } catch (RuntimeException failure) {
            throw completedMeanwhile(task.get(), failure) ? new CompletedMeanwhile(task.get().taskId(), failure) : failure;
        } finally {
            CURRENT.remove();
        }
    }

    /**
     * Failures that already say what happened keep their answer: a lost optimistic lock, a refusal, a
     * task that was never there, the database out of reach (where nothing can be looked up).
     */
    private boolean completedMeanwhile(TaskCommand task, RuntimeException failure) {
        return !(failure instanceof OptimisticLockingException || failure instanceof AuthorizationException
                || EngineRestAnswers.taskNotFound(failure) || DatabaseFaults.unreachable(failure))
                && !stillOpen.test(task.taskId());
    }

    /** A task command rolled back because the task was completed by someone else while it ran. */
    static final class CompletedMeanwhile extends OptimisticLockingException {

        CompletedMeanwhile(String taskId, Throwable failure) {
            super("Task " + taskId + " was completed by someone else while this command ran; it was rolled back", failure);
        }
    }
}
