package io.cvmjourneys.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some addresses before the application sees them: an encoded slash or backslash, a NUL,
 * bytes that are not UTF-8. Tomcat's own page for that says "HTTP Status 400 – Bad Request" and
 * nothing more; this answers in the API's error shape with what is wrong and what to do.
 */
@Component
class UnreadableAddresses implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String MESSAGE = "The address cannot be read: it holds an encoded slash or backslash, a NUL or"
            + " another character that is not allowed there, or bytes that are not UTF-8. Leave such characters out"
            + " of the address, or send the value in the request's body.";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Report.class.getName());
            }
        });
    }

    /** The host's error report, for what no part of the application answered; Tomcat adds it to the {@link Host} by its name. */
    public static class Report extends ErrorReportValve {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String error = known == null ? String.valueOf(status) : known.getReasonPhrase();
            String message = status == HttpStatus.BAD_REQUEST.value() ? MESSAGE : error + ".";
            try {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    JSON.writeValue(writer, new ApiError(status, error, message, null));
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response is committed: nothing more can be said
            }
        }
    }
}
