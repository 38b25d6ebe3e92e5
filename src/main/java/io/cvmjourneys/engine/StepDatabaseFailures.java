package io.cvmjourneys.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;

/**
 * Spring's data-access and transaction failures met during an /engine-rest call: a journey step's
 * own database work (a task completion whose next step records an account change), or a step's
 * transaction that found no connection free in time. Camunda would answer 500 with the SQL statement
 * or the exception's name; the caller gets the answer of {@link EngineRestAnswers} (a colleague's
 * change kept first, the database out of reach or too busy), or else a 500 that says nothing was
 * saved, with the details in the log under the request's X-Request-Id.
 */
@Provider
@Priority(1)
class StepDatabaseFailures implements ExceptionMapper<NestedRuntimeException> {

    private static final Logger log = LoggerFactory.getLogger(StepDatabaseFailures.class);

    @Override
    public Response toResponse(NestedRuntimeException failure) {
        return EngineRestAnswers.to(failure).orElseGet(() -> {
            log.error("A journey step's database work failed; nothing was saved", failure);
            return EngineRestAnswers.answer(Response.Status.INTERNAL_SERVER_ERROR, "InternalServerError", "The request"
                    + " failed on our side and nothing was saved. The administrators find why in the log under this"
                    + " answer's X-Request-Id.");
        });
    }
}
