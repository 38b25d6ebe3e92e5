package io.cvmjourneys.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * The message of every /engine-rest refusal in words, without the Java type names that the engine's
 * and the parsers' texts carry ("… to java type java.lang.Integer", "Cause: java.io.EOFException: End
 * of input …"): a type becomes its simple name, an exception's name goes, what it says stays. The
 * {@code type} field is Camunda's documented error kind, which clients read, and stays as it is.
 */
@Provider
class PlainRefusals implements ContainerResponseFilter {

    private static final Pattern QUALIFIED_EXCEPTION = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern QUALIFIED_TYPE = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)\\b");
    private static final Pattern NAMES_AN_EXCEPTION = Pattern.compile("\\b\\w+Exception\\b");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && response.getEntity() instanceof ExceptionDto refusal && refusal.getMessage() != null) {
            refusal.setMessage(plain(refusal.getMessage()));
        }
    }

    static String plain(String message) {
        return QUALIFIED_TYPE.matcher(QUALIFIED_EXCEPTION.matcher(message).replaceAll("")).replaceAll("$1");
    }

    /** A message that is only about which exception a library threw ("SAXException while parsing input stream"). */
    static boolean namesAnException(String message) {
        return NAMES_AN_EXCEPTION.matcher(message).find();
    }
}
