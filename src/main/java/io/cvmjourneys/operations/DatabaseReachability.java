package io.cvmjourneys.operations;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, asked once a second on a thread of its own, so that health answers
 * at once whatever the database does (Spring's own check waits as long as the pool does). Readiness
 * includes it: a node whose database is gone takes no traffic. One log line when the database goes
 * and one when it comes back, with the cause and how long it was gone — not a stack trace per request.
 */
@Component("database")
class DatabaseReachability extends RepeatedInBackground implements HealthIndicator {

    static final Duration EVERY = Duration.ofSeconds(1);
    private static final int ANSWER_WITHIN_SECONDS = 2;
    private static final Logger log = LoggerFactory.getLogger(DatabaseReachability.class);

    /** {@code sinceNanos} measures how long a state lasted as the operator lives it, whatever the engine clock says. */
    private record State(boolean reachable, Instant since, long sinceNanos, String cause) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private volatile State state;

    /** Its own unpooled connection each time: a refused connection shows at once, not after the pool's timeout. */
    DatabaseReachability(DataSourceProperties database, Clock clock) {
        super("database-reachability", EVERY);
        this.dataSource = database.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
        this.clock = clock;
        this.state = new State(true, clock.instant(), System.nanoTime(), null);
    }

    @Override
    public Health health() {
        State now = state;
        Health.Builder health = now.reachable() ? Health.up() : Health.down().withDetail("cause", now.cause());
        return health.withDetail("since", now.since().toString()).build();
    }

    /** Asks the database once: connects and checks the connection answers. */
    @Override
    void runOnce() {
        String cause = null;
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(ANSWER_WITHIN_SECONDS)) {
                cause = "the database did not answer within " + ANSWER_WITHIN_SECONDS + " s";
            }
        } catch (Exception e) {
            cause = rootMessage(e);
        }
        record(cause);
    }

    private void record(String cause) {
        State before = state;
        boolean reachable = cause == null;
        if (reachable == before.reachable()) {
            return;
        }
        long now = System.nanoTime();
        state = new State(reachable, clock.instant(), now, cause);
        if (reachable) {
            log.info("Database reachable again after {} s", Duration.ofNanos(now - before.sinceNanos()).toSeconds());
        } else {
            log.warn("Database unreachable: {}. Readiness is DOWN until it answers again.", cause);
        }
    }

    private static String rootMessage(Throwable fault) {
        Throwable root = fault;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
