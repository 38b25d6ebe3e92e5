package io.cvmjourneys.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The database work of a journey's own step (not the engine's) that failed during an /engine-rest
 * call, e.g. a task completion whose next step records an account change. Camunda would answer 500
 * with the SQL statement in the message; the caller gets the answer of {@link EngineRestAnswers}
 * (a colleague's change kept first, the database out of reach), or else a 500 that says nothing was
 * saved, with the details in the log under the request's X-Request-Id.
 */
@Provider
@Priority(1)
class StepDatabaseFailures implements ExceptionMapper<DataAccessException> {

    private static final Logger log = LoggerFactory.getLogger(StepDatabaseFailures.class);

    @Override
    public Response toResponse(DataAccessException failure) {
        return EngineRestAnswers.to(failure).orElseGet(() -> {
            log.error("A journey step's database work failed; nothing was saved", failure);
            return Response.status(Response.Status.INTERNAL_SERVER_ERROR).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InternalServerError", "message", "The request failed on our side and nothing"
                            + " was saved. The administrators find why in the log under this answer's X-Request-Id."))
                    .build();
        });
    }
}
