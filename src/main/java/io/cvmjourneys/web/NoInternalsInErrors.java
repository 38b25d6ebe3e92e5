package io.cvmjourneys.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The error body and page keep the message of a refusal ({@code server.error.include-message}: "Content-Type
 * 'text/plain' is not supported"), but an unexpected failure's message is the code's: the SQL that failed,
 * a class name. A 500 says what the caller can do instead; the log has the rest.
 */
@Component
class NoInternalsInErrors extends DefaultErrorAttributes {

    static final String FAILED = "Something went wrong on our side. Try again in a moment; if it happens again,"
            + " tell the team the time it happened.";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (Integer.valueOf(HttpStatus.INTERNAL_SERVER_ERROR.value()).equals(attributes.get("status"))
                && attributes.containsKey("message")) {
            attributes.put("message", FAILED);
        }
        return attributes;
    }
}
