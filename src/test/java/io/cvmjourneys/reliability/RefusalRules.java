package io.cvmjourneys.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer to bad input must be, whatever the request: a 4xx, never a 5xx, and a body in words —
 * no stack trace, Java type, package or source file. Shared by the corpus and the generated payloads.
 */
final class RefusalRules {

    /** What only the code's inside shows: a class or package name, a stack frame, a source file. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\w*Exception\\b|\\bjava\\.|\\bjavax\\.|\\bjakarta\\.|\\borg\\.[a-z]|\\bcom\\.(fasterxml|zaxxer)"
                    + "|io\\.cvmjourneys|\\.java\\b|\\bat [\\w$.]+\\(|Caused by");
    /**
     * Camunda's REST API names the kind of error in {@code type} ("InvalidRequestException", …): a documented field
     * of the API that Camunda Modeler and scripts read, from a fixed list, not a leak of the code. Its message is checked.
     */
    private static final Pattern CAMUNDA_ERROR_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[A-Z][A-Za-z]*\"");

    /** The problems with an answer, none when it is a proper refusal. */
    static List<String> problems(int status, String body, String path) {
        List<String> problems = new ArrayList<>();
        if (status >= 500) {
            problems.add("answered " + status + ", a server error");
        } else if (status < 400) {
            problems.add("answered " + status + ", not a refusal");
        }
        String readable = path.startsWith("/engine-rest") ? CAMUNDA_ERROR_TYPE.matcher(body).replaceAll("") : body;
        Matcher internals = INTERNALS.matcher(readable);
        if (internals.find()) {
            problems.add("the body shows the code's inside (\"" + around(readable, internals.start()) + "\")");
        }
        if (body.isBlank()) {
            problems.add("the body is empty: nothing says what is wrong");
        }
        return problems;
    }

    /** Rows counted before and after: every table that changed, with its counts. */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((table, count) -> {
            if (!count.equals(after.get(table))) {
                changed.add(table + " " + count + " → " + after.get(table));
            }
        });
        return changed;
    }

    private static String around(String body, int at) {
        return body.substring(Math.max(0, at - 40), Math.min(body.length(), at + 60)).replaceAll("\\s+", " ");
    }

    private RefusalRules() {
    }
}
