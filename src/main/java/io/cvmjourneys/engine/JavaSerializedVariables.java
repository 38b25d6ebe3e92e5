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
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Refuses an /engine-rest body that carries a variable in Java serialization before any of it is
 * used: the engine refuses such a value only where it sets it ({@link EngineRestAnswers} answers that
 * 400), so a signal nobody waits for would take it silently and a form's rules, which read the values
 * first, would meet an object they cannot read (a 500). Whatever the call — a start, a completion, a
 * form, a message, a signal, set variables — the caller hears that Java serialization is off.
 */
@Provider
class JavaSerializedVariables implements ReaderInterceptor {

    private static final String JAVA = Variables.SerializationDataFormats.JAVA.getName();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        if (javaSerialized(body)) {
            throw new InvalidRequestException(Response.Status.BAD_REQUEST,
                    EngineRestAnswers.JAVA_SERIALIZATION_OFF);
        }
        return context.proceed();
    }

    private static boolean javaSerialized(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            return tree != null && tree.findValues("serializationDataFormat").stream().anyMatch(format -> JAVA.equals(format.asText()));
        } catch (IOException notJson) {
            return false; // the JSON reader that follows says what is wrong with it
        }
    }
}
