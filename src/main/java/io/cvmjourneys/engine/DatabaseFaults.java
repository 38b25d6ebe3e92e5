package io.cvmjourneys.engine;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database being out of reach (stopped, restarting, unreachable, or no
 * connection free within the pool's timeout) rather than a fault of the request or of the code: the
 * first is a 503 the caller may retry, the second a 4xx or a 500. And whether the database refused a
 * text the request carried, which no check before it caught (PostgreSQL stores no NUL; {@link StorableText}
 * refuses half a surrogate pair, which it would store as "?"): a 400.
 */
public final class DatabaseFaults {

    /** Seconds a caller should wait before trying again: the database is probed every second. */
    public static final String RETRY_AFTER_SECONDS = "5";
    /** What a caller whose request met the fault can know. */
    public static final String OUTCOME_UNKNOWN = "The database cannot be reached right now, or is too busy to answer"
            + " in time. Try again in a few seconds"
            + " (see Retry-After); if you were changing something, it may or may not have been recorded: look before"
            + " repeating it.";

    /** What a caller whose request held a text the database cannot store can do. */
    public static final String TEXT_REFUSED = "The request holds a character the database cannot store as sent: a NUL"
            + " (U+0000), half of a UTF-16 surrogate pair (\\ud800 to \\udfff without its partner) or another that is"
            + " not valid text. Leave it out and send the request again. Nothing was saved.";

    /** PostgreSQL's SQLSTATEs for a character it cannot store: a NUL, one the database's encoding does not have. */
    private static final Set<String> CHARACTER_NOT_STORABLE = Set.of("22021", "22P05");
    /** PostgreSQL's SQLSTATEs for a server shutting down, crashed, or not yet accepting connections. */
    private static final Set<String> SERVER_GOING_OR_STARTING = Set.of("57P01", "57P02", "57P03");

    public static boolean unreachable(Throwable failure) {
        return Causes.of(failure).anyMatch(cause -> cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException || cause instanceof DataAccessResourceFailureException
                || cause instanceof CannotCreateTransactionException
                // a commit or rollback that could not reach the database: whether it happened is unknown
                || cause instanceof TransactionSystemException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_STARTING.contains(sql.getSQLState())));
    }

    /** The statement failed on a character of the request's text; the transaction it ran in rolled back. */
    public static boolean textRefused(Throwable failure) {
        return Causes.of(failure).anyMatch(cause -> cause instanceof SQLException sql
                && CHARACTER_NOT_STORABLE.contains(sql.getSQLState()));
    }

    private DatabaseFaults() {
    }
}
