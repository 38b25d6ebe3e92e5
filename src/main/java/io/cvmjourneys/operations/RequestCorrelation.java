package io.cvmjourneys.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request has an id, in the log context of everything it causes (log key {@code requestId}) and
 * in its answer's {@code X-Request-Id}: the caller's own when it sends a sensible one (a load balancer
 * or a channel system tracing its calls), a new one otherwise. A moment adds its eventId and
 * customerId, and the journey's steps their process instance and business key, so one search in the
 * logs follows a moment into its journey.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestCorrelation extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(HEADER);
        String id = offered != null && SENSIBLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        try (MDC.MDCCloseable logged = MDC.putCloseable(LOG_KEY, id)) {
            chain.doFilter(request, response);
        }
    }
}
