package io.cvmjourneys.engine;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a failed system answered, in one line an operator reads in an incident or a dead letter: the
 * database's own message without the statement and driver text around it, or the failure's first line.
 */
public final class FailureText {

    public static String of(Throwable failure) {
        if (DatabaseFaults.unreachable(failure)) {
            return "the database could not be reached";
        }
        // the deepest: a statement refused first makes the ones after it fail with "transaction is aborted"
        Optional<String> refused = Causes.of(failure).filter(cause -> cause instanceof SQLException)
                .map(Throwable::getMessage).filter(Objects::nonNull).reduce((shallower, deeper) -> deeper);
        if (refused.isPresent()) {
            return "the database refused the change: " + firstLine(refused.get()).replaceFirst("^ERROR: ", "");
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : firstLine(failure.getMessage());
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private FailureText() {
    }
}
