package io.cvmjourneys.engine;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The variables a completion brings with it ({@code taskService.complete(id, variables)}, /engine-rest's
 * {@code complete}), kept for the task's complete listener: the engine sets them on the journey before
 * the listener runs, so without this the form's rules could not tell what the caller sent from what the
 * journey held. A submitted form needs none of this: its handler sees what was submitted.
 */
final class CompletionVariables extends CommandInterceptor {

    private record Completion(String taskId, Map<String, Object> variables) {
    }

    private static final ThreadLocal<Completion> CURRENT = new ThreadLocal<>();
    private static final Field TASK_ID = readable("taskId");
    private static final Field VARIABLES = readable("variables");

    /** What the completion running on this thread sent for this task; empty for any other. */
    static Map<String, Object> sentFor(String taskId) {
        Completion completion = CURRENT.get();
        return completion != null && completion.taskId().equals(taskId) ? completion.variables() : Map.of();
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof CompleteTaskCmd completion) || CURRENT.get() != null) {
            return next.execute(command);
        }
        CURRENT.set(new Completion(read(TASK_ID, completion), read(VARIABLES, completion)));
        try {
            return next.execute(command);
        } finally {
            CURRENT.remove();
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> V read(Field field, CompleteTaskCmd command) {
        try {
            Object value = field.get(command);
            return value == null && field == VARIABLES ? (V) Map.of() : (V) value;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("CompleteTaskCmd." + field.getName() + " cannot be read", e);
        }
    }

    /** Camunda keeps them protected; a test (FormRulesOutsideTheWorkspaceTest) fails if a new version renames them. */
    private static Field readable(String name) {
        try {
            Field field = CompleteTaskCmd.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's CompleteTaskCmd has no field " + name, e);
        }
    }
}
