package io.cvmjourneys.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for the REST APIs in the product's error shape: {"status", "error", "message"}. */
final class JsonSecurityErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final AuthenticationEntryPoint UNAUTHENTICATED = (request, response, exception) -> {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CVM Journeys\"");
        write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic: a user and password of CVM Journeys.");
    };

    static final AccessDeniedHandler FORBIDDEN = (request, response, exception) ->
            write(response, HttpStatus.FORBIDDEN, forbiddenMessage(request));

    private static String forbiddenMessage(HttpServletRequest request) {
        if (request.getRequestURI().endsWith("/deployment/create")) {
            return "Only CVM managers (group cvm-managers) and administrators (camunda-admin) may deploy models.";
        }
        return "Your groups do not allow " + request.getMethod() + " " + request.getRequestURI() + ".";
    }

    private static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        JSON.writeValue(response.getWriter(), body);
    }

    private JsonSecurityErrors() {
    }
}
