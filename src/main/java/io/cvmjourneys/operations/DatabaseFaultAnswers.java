package io.cvmjourneys.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.engine.DatabaseFaults;
import io.cvmjourneys.web.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database is out of reach — in a page, an API call or signing in,
 * which asks the database too — gets 503 with a Retry-After and a plain sentence (JSON for the APIs,
 * the error page for pages), never a 500 with the persistence layer's text. The sentence says what
 * the caller can know: a change may or may not have been recorded (the fault can come after the
 * commit), and a moment resent with the same eventId is safe. Ahead of the security filters, so a
 * sign-in that cannot reach the database is a 503 too, not a 401. The fault itself is logged once by
 * {@link DatabaseReachability}, not once per request. A request whose text the database refused (a NUL,
 * which PostgreSQL does not store) gets 400 with what to leave out: nothing of it was saved.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class DatabaseFaultAnswers extends OncePerRequestFilter {

    static final String MOMENT_UNKNOWN = "The database cannot be reached, so whether this moment was recorded is unknown."
            + " Send it again with the same eventId once the service is back (see Retry-After): a moment already"
            + " recorded answers with the same journey, never a second one.";
    private static final List<String> API_PATHS = List.of("/api/", "/engine-rest/", "/camunda/api/");
    private static final Logger log = LoggerFactory.getLogger(DatabaseFaultAnswers.class);

    private final ObjectMapper json;

    DatabaseFaultAnswers(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            if (DatabaseFaults.unreachable(failure)) {
                log.debug("{} {} answered 503: the database is out of reach", request.getMethod(), request.getRequestURI(), failure);
                response.reset();
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFaults.RETRY_AFTER_SECONDS);
                String path = pathOf(request);
                answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, "POST".equals(request.getMethod())
                        && path.equals("/api/moments") ? MOMENT_UNKNOWN : DatabaseFaults.OUTCOME_UNKNOWN);
            } else if (DatabaseFaults.textRefused(failure)) {
                log.debug("{} {} answered 400: the database refused a text of the request", request.getMethod(),
                        request.getRequestURI(), failure);
                response.reset();
                answer(request, response, HttpStatus.BAD_REQUEST, DatabaseFaults.TEXT_REFUSED);
            } else {
                throw failure;
            }
        }
    }

    /** JSON in the API's error shape for the APIs, the error page for pages. */
    private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        if (API_PATHS.stream().noneMatch(pathOf(request)::startsWith)) {
            response.sendError(status.value(), message);
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), new ApiError(status.value(), status.getReasonPhrase(), message, null));
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
