package io.cvmjourneys.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * /engine-rest answers whatever the request's Accept says. Camunda's resources answer in JSON,
 * so a client asking for nothing JSON can read ({@code Accept: application/xml}) was turned away with
 * 406 before its request was looked at: a broken body, an unknown task or a form's rules were never
 * reported, only "Not Acceptable". Such an Accept is dropped, so the request gets its own answer — its
 * refusal with the status and words it deserves, or its result in JSON (HTTP lets a server answer with
 * its default type rather than refuse). An Accept that JSON satisfies is left to Camunda's negotiation.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
class AnswersWhateverAccepted implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getAcceptableMediaTypes().stream().noneMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
        }
    }
}
