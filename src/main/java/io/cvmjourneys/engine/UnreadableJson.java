package io.cvmjourneys.engine;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What is wrong with a request body the JSON reader refused, in words a caller can act on: the field
 * and what it must be, or that the body is not JSON. Never the reader's own text, which names Java
 * types ("Cannot deserialize value of type `java.util.LinkedHashMap<…>`") and its internals. Here
 * rather than in {@code web} because both answer with it: the application's API and /engine-rest.
 *
 * @param field the body's field at fault, as a path ({@code data.reason}); null when the body as a whole is
 */
public record UnreadableJson(String message, String field) {

    /** @param failure what the JSON reader threw, or the exception it is the cause of */
    public static UnreadableJson of(Throwable failure) {
        Throwable cause = Causes.first(failure, MismatchedInputException.class).orElse(null);
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum() && !format.getPath().isEmpty()) {
            String field = fieldOf(format);
            return new UnreadableJson(field + " '" + format.getValue() + "' is not one of: " + allowed(format.getTargetType()), field);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = fieldOf(mismatch);
            return new UnreadableJson(field + " has the wrong type", field);
        }
        return new UnreadableJson("The request body is not valid JSON.", null);
    }

    /** The names an enum's values are written with, for a sentence that lists the choices. */
    public static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String fieldOf(MismatchedInputException mismatch) {
        return mismatch.getPath().stream()
                .map(reference -> reference.getFieldName() == null ? "[" + reference.getIndex() + "]" : reference.getFieldName())
                .collect(Collectors.joining("."));
    }
}
