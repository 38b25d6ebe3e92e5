package io.cvmjourneys.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** /engine-rest's answer when the database is out of reach: 503 with Retry-After, as the application's own API. */
final class EngineRestUnavailable {

    static Optional<Response> answer(Throwable failure) {
        if (!DatabaseFaults.unreachable(failure)) {
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ServiceUnavailable");
        body.put("message", DatabaseFaults.OUTCOME_UNKNOWN);
        return Optional.of(Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After",
                DatabaseFaults.RETRY_AFTER_SECONDS).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }

    private EngineRestUnavailable() {
    }
}
