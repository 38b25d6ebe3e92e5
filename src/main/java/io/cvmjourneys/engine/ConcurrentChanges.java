package io.cvmjourneys.engine;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Whether a failure means another caller changed the same thing first: two agents completing one
 * task, a form sent twice. The engine's optimistic lock catches most of these; a journey step's
 * unique reference (an account change, a message's idempotency key) catches the rest, as a
 * duplicate key raised once the first caller's change commits. Either way the first change was kept
 * and this one rolled back entirely: the caller gets a 409 saying so, not a 500.
 */
public final class ConcurrentChanges {

    public static final String CHANGED_MEANWHILE = "Someone else changed this at the same moment (a colleague, or the"
            + " same request sent twice) and their change was kept: nothing of yours was saved. Reload to see where it"
            + " stands.";

    private static final String UNIQUE_VIOLATION = "23505";

    public static boolean lostTheRace(Throwable failure) {
        return Causes.of(failure).anyMatch(cause -> cause instanceof OptimisticLockingException
                || cause instanceof DuplicateKeyException
                || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    private ConcurrentChanges() {
    }
}
