package io.cvmjourneys.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a browser may load and run on the application's own pages: its own scripts, styles and
 * images, and the inline chart data a page marks with this request's nonce ({@code cspNonce}) —
 * so a value that slipped through escaping still cannot run as a script. Nothing may frame the
 * pages, and their forms post only to the application. The Camunda webapps send a policy of their
 * own, which their scripts need, so they are left to it.
 */
@Component
class ContentSecurityPolicy extends OncePerRequestFilter {

    static final String NONCE = "cspNonce";
    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final SecureRandom random = new SecureRandom();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", POLICY.formatted(nonce));
        chain.doFilter(request, response);
    }
}
