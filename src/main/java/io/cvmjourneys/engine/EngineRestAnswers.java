package io.cvmjourneys.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What /engine-rest answers, whichever resource met the failure, where Camunda would answer 500 with
 * internal text: the database out of reach, 503 with Retry-After (as the application's own API); a
 * text of the request the database refused (a NUL in a variable), 400; another caller changed the
 * same thing first, 409 (see {@link ConcurrentChanges}); a task that is no longer open, 404 — also
 * when Camunda says 403 only because the task was completed while the request looked at it (its
 * team's right to work it goes with it); a deployment larger than uploads may be, 413 (see
 * {@link DeploymentSizeLimit}, which Camunda's multipart reader would answer 400 "multipart/form-data
 * cannot be processed"); a variable sent in Java serialization, which is off on purpose (its bytes
 * would be Java objects rebuilt on the server), 400 — whichever call carried it (a start, a
 * completion, a form, set variables, a message): the engine refuses it wherever it would set it. Each
 * says in plain words what happened to the caller's request.
 */
final class EngineRestAnswers {

    static final String TASK_GONE = "This task is no longer open: it was completed (perhaps by a colleague at the same"
            + " moment) or its journey moved on. Nothing was saved.";

    static final String JAVA_SERIALIZATION_OFF = "A variable was sent in Java serialization"
            + " (serializationDataFormat application/x-java-serialized-object), which this server does not accept:"
            + " send its value as a String, Boolean, Integer, Long, Double, Date or Null instead. Nothing was saved.";

    /** Camunda's code for a Java-serialized value it refuses to set (javaSerializationFormatEnabled=false). */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

    static Optional<Response> to(Throwable failure) {
        if (DatabaseFaults.unreachable(failure)) {
            return Optional.of(Response.fromResponse(answer(Response.Status.SERVICE_UNAVAILABLE, "ServiceUnavailable",
                    DatabaseFaults.OUTCOME_UNKNOWN)).header("Retry-After", DatabaseFaults.RETRY_AFTER_SECONDS).build());
        }
        if (DatabaseFaults.textRefused(failure)) {
            return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException", DatabaseFaults.TEXT_REFUSED));
        }
        if (javaSerializationRefused(failure)) {
            return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException", JAVA_SERIALIZATION_OFF));
        }
        if (ConcurrentChanges.lostTheRace(failure)) {
            return Optional.of(answer(Response.Status.CONFLICT, "Conflict", ConcurrentChanges.CHANGED_MEANWHILE));
        }
        if (taskGone(failure)) {
            return Optional.of(answer(Response.Status.NOT_FOUND, "NotFound", TASK_GONE));
        }
        return Causes.first(failure, DeploymentSizeLimit.TooLarge.class).map(tooLarge -> answer(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "InvalidRequestException", tooLarge.getMessage()));
    }

    /**
     * The task form's rules refusing what was sent ({@link TaskFormRules}), or a step refusing what the
     * caller gave it (a {@link BadUserRequestException}, as {@link JourneySteps#required} throws for a
     * journey started without its customer): 400 with their words, where Camunda would answer 500
     * because a listener or a step threw it.
     */
    static Optional<Response> refusedInput(Throwable failure) {
        return Causes.of(failure)
                .filter(cause -> cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException)
                .findFirst()
                .map(refusal -> answer(Response.Status.BAD_REQUEST, refusal.getClass().getSimpleName(), refusal.getMessage()));
    }

    private static boolean javaSerializationRefused(Throwable failure) {
        return Causes.of(failure).anyMatch(cause -> cause instanceof ProcessEngineException && cause.getMessage() != null
                && cause.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED));
    }

    /**
     * Camunda's commands on a task id that is not (or no longer) there fail with this message; a
     * refusal to work a task that is no longer there came from a completion that won the race.
     */
    private static boolean taskGone(Throwable failure) {
        return taskNotFound(failure) || Causes.of(failure).anyMatch(cause -> cause instanceof AuthorizationException refusal && refusal.getMissingAuthorizations().stream()
                .anyMatch(missing -> Resources.TASK.resourceName().equals(missing.getResourceType())
                        && missing.getResourceId() != null && !stillOpen(missing.getResourceId())));
    }

    /** The engine's words for a task id that is not (or no longer) there. */
    static boolean taskNotFound(Throwable failure) {
        return Causes.of(failure).anyMatch(cause -> cause instanceof NullValueException && cause.getMessage() != null
                && cause.getMessage().startsWith("Cannot find task with id"));
    }

    /**
     * Whether the task exists, whoever may see it, as committed: looked up in a transaction of its own,
     * since the caller's may have failed on the database.
     */
    static boolean stillOpen(String taskId) {
        ProcessEngineConfigurationImpl engine =
                (ProcessEngineConfigurationImpl) ProcessEngines.getDefaultProcessEngine().getProcessEngineConfiguration();
        return engine.getCommandExecutorTxRequiresNew().execute(command -> command.getTaskManager().findTaskById(taskId) != null);
    }

    /** An answer in Camunda REST's error shape ({@code type}, {@code message}), as its clients read it. */
    static Response answer(Response.Status status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private EngineRestAnswers() {
    }
}
