package io.cvmjourneys.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Refuses an /engine-rest body whose variables Camunda REST would fail on or take silently, before any
 * of it is used, whatever the call (a start, a completion, a form, a message, a signal, set variables):
 * <ul>
 * <li>a variable in Java serialization, which is off on purpose: the engine refuses it only where it
 * sets it ({@link EngineRestAnswers} answers that 400), so a signal nobody waits for would take it
 * silently and a form's rules, which read the values first, would meet an object they cannot read;</li>
 * <li>a variable that is not a typed value object ({@code "note": null}, {@code "note": "text"}), on
 * which Camunda REST fails with a NullPointerException (a 500).</li>
 * </ul>
 */
@Provider
class VariablesInBodies implements ReaderInterceptor {

    private static final String JAVA = Variables.SerializationDataFormats.JAVA.getName();
    /** The members of Camunda REST's bodies that hold variables by name. */
    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
            "processVariablesLocal", "correlationKeys", "localCorrelationKeys", "localVariables");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        Optional<String> problem = problem(body);
        if (problem.isPresent()) {
            throw new InvalidRequestException(Response.Status.BAD_REQUEST, problem.get());
        }
        return context.proceed();
    }

    private static Optional<String> problem(byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException notJson) {
            return Optional.empty(); // the JSON reader that follows says what is wrong with it
        }
        if (tree == null) {
            return Optional.empty();
        }
        if (tree.findValues("serializationDataFormat").stream().anyMatch(format -> JAVA.equals(format.asText()))) {
            return Optional.of(EngineRestAnswers.JAVA_SERIALIZATION_OFF);
        }
        List<JsonNode> holders = new ArrayList<>(List.of(tree));
        // the instructions of a modification or a start carry their own variables
        tree.forEach(member -> member.forEach(element -> {
            if (member.isArray() && element.isObject()) {
                holders.add(element);
            }
        }));
        for (JsonNode holder : holders) {
            for (String member : VARIABLE_MAPS) {
                Optional<String> untyped = holder.has(member) ? untyped(member, holder.get(member)) : Optional.empty();
                if (untyped.isPresent()) {
                    return untyped;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> untyped(String member, JsonNode variables) {
        if (!variables.isObject()) {
            return Optional.empty(); // not a map of variables here: Camunda's reader judges its shape
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = variables.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = entries.next();
            if (!variable.getValue().isObject()) {
                return Optional.of(member + "." + variable.getKey() + " has the wrong type: it is "
                        + (variable.getValue().isNull() ? "null" : "a bare " + variable.getValue().getNodeType()
                        .name().toLowerCase(Locale.ROOT)) + "; send each variable as {\"value\": …, \"type\": …},"
                        + " e.g. {\"value\": \"ACCEPTED\", \"type\": \"String\"}. Nothing was saved.");
            }
        }
        return Optional.empty();
    }
}
