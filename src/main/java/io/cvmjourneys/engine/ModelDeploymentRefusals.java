package io.cvmjourneys.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Camunda REST answers 500 when a deployed file does not parse or transform (broken XML, a DMN table
 * the engine refuses) and keeps the reason in the exception's causes. For a deployment that is the
 * model's fault, not the server's: Camunda Modeler gets 400 with every reason in the message, so
 * the CVM manager sees what to fix. Any request that met the database out of reach or a concurrent
 * change gets the answer of {@link EngineRestAnswers}; other database trouble stays a 500. Outside
 * deployments, a value a task's form or a journey's step refuses (thrown from inside a command, as a
 * resolve or a BPMN error from a task meets it) is a 400 with its words.
 */
@Provider
@Priority(1)
class ModelDeploymentRefusals implements ExceptionMapper<ProcessEngineException> {

    private static final String DEPLOY_PATH = "deployment/create";

    @Context
    UriInfo request;

    @Override
    public Response toResponse(ProcessEngineException exception) {
        Optional<Response> answer = EngineRestAnswers.to(exception);
        if (answer.isPresent()) {
            return answer.get();
        }
        if (!request.getPath().endsWith(DEPLOY_PATH)) {
            return EngineRestAnswers.refusedInput(exception)
                    .orElseGet(() -> new ProcessEngineExceptionHandler().toResponse(exception));
        }
        if (causedByDatabase(exception)) {
            return new ProcessEngineExceptionHandler().toResponse(exception);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", exception.getClass().getSimpleName());
        body.put("message", "The deployment was refused, nothing was deployed: " + reasons(exception));
        body.put("code", exception.getCode());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** Each cause's words once, without Java type names; a cause that only names a parser's exception adds nothing. */
    private static String reasons(Throwable exception) {
        StringBuilder reasons = new StringBuilder();
        Causes.of(exception).map(Throwable::getMessage).filter(Objects::nonNull).map(PlainRefusals::plain)
                .filter(message -> !PlainRefusals.namesAnException(message) && reasons.indexOf(message) < 0)
                .forEach(message -> reasons.append(reasons.isEmpty() ? "" : " ← ").append(message));
        return reasons.toString();
    }

    private static boolean causedByDatabase(Throwable exception) {
        return Causes.first(exception, SQLException.class).isPresent();
    }
}
