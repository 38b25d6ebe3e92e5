package io.cvmjourneys.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One bad request of the corpus ({@code src/test/resources/bad-input/*.jsonl}, one case a line), as
 * written there:
 * <ul>
 * <li>{@code id}, {@code category}: how the case is reported and counted;</li>
 * <li>{@code user}: a demo user (password "demo"); {@code via}: {@code basic} (HTTP Basic, the default) or
 * {@code browser} (signed in through the login form, with the session's CSRF token);</li>
 * <li>{@code method}, {@code path} (sent as written: encode it yourself), {@code contentType};</li>
 * <li>the body, one of: {@code body} (the text as is, for broken JSON), {@code json} (any JSON value),
 * {@code form} (fields, URL-encoded) or {@code multipart} (parts: {@code name} with {@code value}, or
 * {@code name}, {@code filename} and {@code content});</li>
 * <li>{@code fill}: a generated text for {@code {{fill}}} in the body, so a huge body stays one line here:
 * {@code repeat} {@code times} times, then {@code then}, then {@code close} {@code times} times;</li>
 * <li>{@code status}: the status expected, a number, a list of them, or {@code "4xx"};</li>
 * <li>{@code says}: a fragment the answer's body must contain, in the words a person reads;</li>
 * <li>{@code absent} (optional): what the body must not contain, e.g. markup the request sent, unescaped;</li>
 * <li>{@code page} (browser cases): the page the form is on, opened before the form is sent, as a person
 * does; opening it may log what it shows (the next best actions), sending the form must add nothing.</li>
 * </ul>
 * Placeholders, anywhere in the path and body: {@code {{uid}}} (unique per case), {@code {{today+N}}}
 * (the operator's day N days on, N may be negative), {@code {{task:Task_Key}}} (the id of an open task
 * of that step, see {@link RealTasks}) and {@code {{decision}}} (a decision the next-best-action engine made).
 */
record BadInputCase(String id, String category, String user, boolean viaBrowser, String method, String path,
                    String contentType, Body body, Fill fill, List<Integer> statuses, String says, String absent, String page, String source) {

    enum Kind { NONE, RAW, JSON, FORM, MULTIPART }

    record Body(Kind kind, String text, Map<String, String> form, List<Part> parts) {
    }

    record Part(String name, String value, String filename, String content) {
    }

    /** {@code repeat} × times, {@code then}, {@code close} × times: a long string, or a deep nesting when close is set. */
    record Fill(String repeat, int times, String then, String close) {

        String text() {
            return repeat.repeat(times) + then + close.repeat(times);
        }
    }

    static BadInputCase of(JsonNode line, String source, ObjectMapper json) {
        String id = required(line, "id", source);
        String where = source + " " + id;
        return new BadInputCase(id, required(line, "category", where), required(line, "user", where),
                "browser".equals(line.path("via").asText("basic")), required(line, "method", where), required(line, "path", where),
                line.path("contentType").isMissingNode() ? null : line.get("contentType").asText(),
                body(line, json), fill(line), statuses(line.path("status"), where), required(line, "says", where),
                line.has("absent") ? line.get("absent").asText() : null,
                line.has("page") ? line.get("page").asText() : null, where);
    }

    boolean expects(int status) {
        return statuses.isEmpty() ? status >= 400 && status < 500 : statuses.contains(status);
    }

    String expected() {
        return statuses.isEmpty() ? "4xx" : statuses.toString();
    }

    /** The path with its placeholders and generated text filled in, as written otherwise: encode it in the corpus. */
    String pathWith(UnaryOperator<String> placeholders, ObjectMapper json) {
        return placeholders.apply(withFill(path, false, json));
    }

    /** The body with its placeholders filled in; JSON bodies get the generated text JSON-escaped. */
    Body bodyWith(UnaryOperator<String> placeholders, ObjectMapper json) {
        return switch (body.kind()) {
            case NONE -> body;
            case RAW -> new Body(Kind.RAW, placeholders.apply(withFill(body.text(), false, json)), null, null);
            case JSON -> new Body(Kind.JSON, placeholders.apply(withFill(body.text(), true, json)), null, null);
            case FORM -> {
                Map<String, String> filled = new LinkedHashMap<>();
                body.form().forEach((name, value) -> filled.put(name, placeholders.apply(withFill(value, false, json))));
                yield new Body(Kind.FORM, null, filled, null);
            }
            case MULTIPART -> new Body(Kind.MULTIPART, null, null, body.parts().stream()
                    .map(part -> new Part(part.name(), part.value() == null ? null : placeholders.apply(part.value()),
                            part.filename(), part.content() == null ? null : placeholders.apply(withFill(part.content(), false, json))))
                    .toList());
        };
    }

    private String withFill(String text, boolean jsonEscaped, ObjectMapper json) {
        if (fill == null || !text.contains("{{fill}}")) {
            return text;
        }
        String generated = fill.text();
        if (jsonEscaped) {
            try {
                String quoted = json.writeValueAsString(generated);
                generated = quoted.substring(1, quoted.length() - 1);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return text.replace("{{fill}}", generated);
    }

    private static Body body(JsonNode line, ObjectMapper json) {
        if (line.has("body")) {
            return new Body(Kind.RAW, line.get("body").asText(), null, null);
        }
        if (line.has("json")) {
            return new Body(Kind.JSON, escapedJson(line.get("json"), json), null, null);
        }
        if (line.has("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            line.get("form").fields().forEachRemaining(field -> form.put(field.getKey(), field.getValue().asText()));
            return new Body(Kind.FORM, null, form, null);
        }
        if (line.has("multipart")) {
            List<Part> parts = new ArrayList<>();
            line.get("multipart").forEach(part -> parts.add(new Part(part.path("name").asText(),
                    part.has("value") ? part.get("value").asText() : null,
                    part.has("filename") ? part.get("filename").asText() : null,
                    part.has("content") ? part.get("content").asText() : null)));
            return new Body(Kind.MULTIPART, null, null, parts);
        }
        return new Body(Kind.NONE, null, null, null);
    }

    /** Non-ASCII as \\u escapes, so a lone surrogate reaches the server as sent, not as the '?' UTF-8 makes of it. */
    private static String escapedJson(JsonNode value, ObjectMapper json) {
        try {
            return json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Fill fill(JsonNode line) {
        JsonNode fill = line.get("fill");
        return fill == null ? null : new Fill(fill.path("repeat").asText(), fill.path("times").asInt(),
                fill.path("then").asText(""), fill.path("close").asText(""));
    }

    private static List<Integer> statuses(JsonNode status, String where) {
        if (status.isInt()) {
            return List.of(status.asInt());
        }
        if (status.isArray()) {
            List<Integer> statuses = new ArrayList<>();
            status.forEach(one -> statuses.add(one.asInt()));
            return List.copyOf(statuses);
        }
        if ("4xx".equals(status.asText())) {
            return List.of();
        }
        throw new IllegalArgumentException(where + ": status must be a number, a list of numbers or \"4xx\"");
    }

    private static String required(JsonNode line, String field, String where) {
        JsonNode value = line.get(field);
        if (value == null || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": the case has no " + field);
        }
        return value.asText();
    }
}
