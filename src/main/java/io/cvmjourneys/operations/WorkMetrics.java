package io.cvmjourneys.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the journeys, the teams, the outbox and the job executor are doing, as Micrometer figures on
 * /actuator/prometheus (docs/operations.md lists each). Read from the database every
 * {@code cvm.metrics.refresh} (15 s) on a thread of its own, with one grouped query per figure, so a
 * scrape costs nothing and a cluster's nodes all report the same shared figures; a refresh that
 * cannot reach the database keeps the last values. The NBA latency and empty answers are measured
 * where they happen (nba), and the connection pool's figures come from Hikari itself.
 */
@Component
class WorkMetrics extends RepeatedInBackground {

    private static final Logger log = LoggerFactory.getLogger(WorkMetrics.class);

    /** A figure: a level now (a gauge) or a running total (a counter). */
    private record Key(String name, Tags tags, boolean level) {
    }

    private final JdbcClient jdbc;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<Key, AtomicLong> values = new ConcurrentHashMap<>();

    WorkMetrics(JdbcClient jdbc, MeterRegistry registry, Clock clock,
                @Value("${cvm.metrics.refresh:15s}") Duration refreshEvery) {
        super("work-metrics", refreshEvery);
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Reads every figure, then shows them all at once; a level whose row is gone reads zero (a team
     * with no open task any more).
     */
    void refresh() {
        Map<Key, Long> readings = new HashMap<>();
        read(readings, Timestamp.from(clock.instant()));
        values.forEach((key, value) -> {
            if (key.level() && !readings.containsKey(key)) {
                value.set(0);
            }
        });
        readings.forEach((key, value) -> meter(key).set(value));
    }

    private void read(Map<Key, Long> readings, Timestamp now) {
        jdbc.sql("SELECT d.KEY_, COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_"
                        + " WHERE e.ID_ = e.PROC_INST_ID_ GROUP BY d.KEY_")
                .query((row, n) -> gauge(readings, "cvm.journeys.running", Tags.of("program", row.getString(1)), row.getLong(2)))
                .list();
        jdbc.sql("SELECT PROC_DEF_KEY_, COUNT(*) FROM ACT_HI_PROCINST GROUP BY PROC_DEF_KEY_")
                .query((row, n) -> counter(readings, "cvm.journeys.started", Tags.of("program", row.getString(1)), row.getLong(2)))
                .list();
        jdbc.sql("SELECT p.PROC_DEF_KEY_, v.TEXT_, COUNT(*) FROM ACT_HI_PROCINST p LEFT JOIN ACT_HI_VARINST v"
                        + " ON v.PROC_INST_ID_ = p.ID_ AND v.NAME_ = 'outcome' WHERE p.END_TIME_ IS NOT NULL"
                        + " GROUP BY p.PROC_DEF_KEY_, v.TEXT_")
                .query((row, n) -> counter(readings, "cvm.journeys.ended", Tags.of("program", row.getString(1),
                        "outcome", row.getString(2) == null ? "none" : row.getString(2)), row.getLong(3)))
                .list();
        jdbc.sql("SELECT i.GROUP_ID_, COUNT(*), SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END) FROM ACT_RU_TASK t"
                        + " JOIN ACT_RU_IDENTITYLINK i ON i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate'"
                        + " WHERE i.GROUP_ID_ IS NOT NULL GROUP BY i.GROUP_ID_")
                .param(now)
                .query((row, n) -> {
                    Tags team = Tags.of("team", row.getString(1));
                    gauge(readings, "cvm.tasks.open", team, row.getLong(2));
                    return gauge(readings, "cvm.tasks.overdue", team, row.getLong(3));
                })
                .list();
        jdbc.sql("SELECT channel, status, COUNT(*) FROM cvm.outbox_message GROUP BY channel, status")
                .query((row, n) -> gauge(readings, "cvm.outbox.messages", Tags.of("channel", row.getString(1), "status",
                        row.getString(2)), row.getLong(3)))
                .list();
        jdbc.sql("SELECT SUM(CASE WHEN RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND LOCK_OWNER_ IS NULL"
                        + " AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN LOCK_OWNER_ IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN RETRIES_ = 0 THEN 1 ELSE 0 END) FROM ACT_RU_JOB")
                .param(now)
                .query((row, n) -> {
                    gauge(readings, "cvm.jobs.due", Tags.empty(), row.getLong(1));
                    gauge(readings, "cvm.jobs.locked", Tags.empty(), row.getLong(2));
                    return gauge(readings, "cvm.jobs.failed", Tags.empty(), row.getLong(3));
                })
                .list();
        jdbc.sql("SELECT INCIDENT_TYPE_, COUNT(*) FROM ACT_RU_INCIDENT GROUP BY INCIDENT_TYPE_")
                .query((row, n) -> gauge(readings, "cvm.incidents.open", Tags.of("type", row.getString(1)), row.getLong(2)))
                .list();
    }

    private static Long gauge(Map<Key, Long> readings, String name, Tags tags, long value) {
        return readings.put(new Key(name, tags, true), value);
    }

    private static Long counter(Map<Key, Long> readings, String name, Tags tags, long value) {
        return readings.put(new Key(name, tags, false), value);
    }

    private AtomicLong meter(Key key) {
        return values.computeIfAbsent(key, created -> {
            AtomicLong reading = new AtomicLong();
            if (key.level()) {
                Gauge.builder(key.name(), reading, AtomicLong::get).tags(key.tags()).register(registry);
            } else {
                FunctionCounter.builder(key.name(), reading, AtomicLong::get).tags(key.tags()).register(registry);
            }
            return reading;
        });
    }

    @Override
    void runOnce() {
        try {
            refresh();
        } catch (RuntimeException unreachable) {
            // the database's absence is logged once by DatabaseReachability; the figures keep their last values
            log.debug("Work metrics not refreshed", unreachable);
        }
    }
}
