package io.cvmjourneys.engine;

import java.sql.SQLException;

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
        SQLException refused = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getMessage() != null) {
                refused = sql;
            }
        }
        if (refused != null) {
            return "the database refused the change: " + firstLine(refused.getMessage()).replaceFirst("^ERROR: ", "");
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
