package io.cvmjourneys.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda REST wraps what the engine threw while it served a task or a start in a {@link RestException}
 * and answers 500 for most of it, even when a task's form rules or a journey's first step refused
 * what the caller sent. The caller gets the answer of {@link EngineRestAnswers} where it knows a
 * plainer one — a refusal with its words (400), a colleague's completion of the same task (409), a
 * task no longer there (404), the database out of reach (503) — and Camunda's otherwise.
 */
@Provider
@Priority(1)
class WrappedRefusals implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        return EngineRestAnswers.to(exception).or(() -> EngineRestAnswers.refusedInput(exception))
                .orElseGet(() -> new RestExceptionHandler().toResponse(exception));
    }
}
