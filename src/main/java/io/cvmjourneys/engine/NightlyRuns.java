package io.cvmjourneys.engine;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which node runs a piece of nightly work when every node's schedule fires it: the first to claim
 * the run (the work and the minute it was due) runs it, the others skip it. A node that stops midway
 * leaves that run undone until the next, which catches up (docs/operations.md).
 */
@Repository
class NightlyRuns {

    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcClient jdbc;
    private final Clock clock;

    NightlyRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims this minute's run of the work; false when another node claimed it first. */
    boolean claim(String work) {
        Instant now = clock.instant();
        try {
            jdbc.sql("INSERT INTO cvm.nightly_run (work, due_at, claimed_at, claimed_by) VALUES (?, ?, ?, ?)")
                    .params(work, Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES)), Timestamp.from(now), NODE)
                    .update();
            return true;
        } catch (DuplicateKeyException claimedElsewhere) {
            return false;
        }
    }
}
