package io.cvmjourneys.engine;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body /engine-rest cannot read as JSON. Camunda REST answers broken JSON with the parser's text as
 * plain text ("Unexpected end-of-input … at [Source: REDACTED …]") and JSON of the wrong shape with an
 * empty message; either way the caller learns nothing it can act on. Both get 400 in Camunda's error
 * shape with the same words as the application's own API ({@link UnreadableJson}).
 */
final class UnreadableRequestBodies {

    /** Not JSON at all: unterminated, a stray comma, no body. */
    @Provider
    @Priority(1)
    static class BrokenJson implements ExceptionMapper<JsonParseException> {

        @Override
        public Response toResponse(JsonParseException exception) {
            return answer(exception);
        }
    }

    /** JSON, but not what the call takes: a list where an object belongs, a number for a variable. */
    @Provider
    @Priority(1)
    static class WrongShape implements ExceptionMapper<JsonMappingException> {

        @Override
        public Response toResponse(JsonMappingException exception) {
            return answer(exception);
        }
    }

    private static Response answer(Exception exception) {
        return EngineRestAnswers.answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
                UnreadableJson.of(exception).message());
    }

    private UnreadableRequestBodies() {
    }
}
