package io.cvmjourneys.nba;

import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Propensities learned from the customers' answers. Learning counts, per action, value segment and
 * channel, the answered offers of the decisions the candidate table made and how many were accepted
 * (LATER is no answer yet), into a new snapshot. A snapshot goes in force at once when no estimate
 * moved by {@code cvm.nba.learning.review-shift} (10 points) or more; else an analyst reviews it first
 * and puts it in force or keeps it out. The NBA ranks with the snapshot in force, which every node
 * reads from the database (at most {@code cvm.nba.levers-refresh} late), so every node ranks alike.
 */
@Service
public class LearnedPropensities {

    public enum Status { PROPOSED, IN_FORCE, SUPERSEDED, KEPT_OUT }

    /** What a learning found, which decides what happens to the snapshot. */
    public enum Result {
        /** No answer came since the snapshot in force: nothing stored. */
        NOTHING_NEW,
        /** An earlier snapshot still waits for its review: nothing stored. */
        REVIEW_WAITING,
        /**
         * The last snapshot an analyst decided on was kept out: the nightly learning stores nothing until
         * an analyst asks for a learning, so the same moves are not put to review night after night.
         */
        KEPT_OUT_LAST,
        /** Every estimate moved less than the review threshold: put in force at once. */
        SMALL_SHIFT,
        /** An estimate moved by the threshold or more: an analyst reviews it first. */
        LARGE_SHIFT
    }

    /** How one cell's estimate moves from the snapshot in force to the new one. */
    public record Shift(PropensitySnapshot.Cell cell, double table, double before, double after, long answered,
                        long accepted) {

        public double change() {
            return after - before;
        }
    }

    /** @param shifts the cells whose answers changed, the largest move first */
    public record Learning(Result result, int version, long answers, List<Shift> shifts) {

        public double largestShift() {
            return shifts.isEmpty() ? 0 : Math.abs(shifts.get(0).change());
        }
    }

    public record Snapshot(int version, Instant learnedAt, String requestedBy, Status status, long answers,
                           double largestShift, String decidedBy, Instant decidedAt, String note) {
    }

    private static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final DecisionLog decisionLog;
    private final Clock clock;
    private final int priorAnswers;
    private final double reviewShift;
    private final RecentRead<PropensitySnapshot> inForce;

    LearnedPropensities(JdbcClient jdbc, JdbcTemplate batch, DecisionLog decisionLog, Clock clock,
                        @Value("${cvm.nba.learning.prior-answers:20}") int priorAnswers,
                        @Value("${cvm.nba.learning.review-shift:0.10}") double reviewShift,
                        @Value("${cvm.nba.levers-refresh:PT5S}") Duration refresh) {
        if (priorAnswers < 1 || reviewShift <= 0 || reviewShift >= 1) {
            throw new IllegalArgumentException("cvm.nba.learning: prior-answers is at least 1 (now " + priorAnswers
                    + ") and review-shift lies between 0 and 1 (now " + reviewShift + ")");
        }
        this.jdbc = jdbc;
        this.batch = batch;
        this.decisionLog = decisionLog;
        this.clock = clock;
        this.priorAnswers = priorAnswers;
        this.reviewShift = reviewShift;
        this.inForce = new RecentRead<>(this::readInForce, refresh);
    }

    /** The snapshot the NBA ranks with; version 0 while none is in force. */
    public PropensitySnapshot inForce() {
        return inForce.get();
    }

    public double reviewShift() {
        return reviewShift;
    }

    /**
     * Counts every answer so far into a new snapshot, unless nothing changed or a review still waits.
     *
     * @param scheduled the nightly learning, not a person's request
     */
    @Transactional
    public Learning learn(String requestedBy, boolean scheduled) {
        if (jdbc.sql("SELECT COUNT(*) FROM cvm.propensity_snapshot WHERE status = ?").param(Status.PROPOSED.name())
                .query(Long.class).single() > 0) {
            return new Learning(Result.REVIEW_WAITING, 0, 0, List.of());
        }
        if (scheduled && jdbc.sql("SELECT status FROM cvm.propensity_snapshot WHERE decided_at IS NOT NULL"
                        + " ORDER BY decided_at DESC, version DESC FETCH FIRST 1 ROWS ONLY").query(String.class).optional()
                .filter(Status.KEPT_OUT.name()::equals).isPresent()) {
            return new Learning(Result.KEPT_OUT_LAST, 0, 0, List.of());
        }
        Instant now = clock.instant();
        Map<PropensitySnapshot.Cell, Tally> tallies = new HashMap<>();
        decisionLog.forEachAnswer(now, answer -> tallies.computeIfAbsent(
                new PropensitySnapshot.Cell(answer.actionId(), answer.segment(), answer.channel()), cell -> new Tally())
                .add(answer.accepted(), answer.tablePropensity()));
        Map<PropensitySnapshot.Cell, PropensitySnapshot.Counts> counted = new HashMap<>();
        tallies.forEach((cell, tally) -> counted.put(cell, tally.counts()));
        PropensitySnapshot current = inForce.get();
        List<Shift> shifts = shifts(current, counted);
        long answers = counted.values().stream().mapToLong(PropensitySnapshot.Counts::answered).sum();
        if (shifts.isEmpty()) {
            return new Learning(Result.NOTHING_NEW, 0, answers, List.of());
        }
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM cvm.propensity_snapshot").query(Integer.class).single();
        Learning learning = new Learning(Math.abs(shifts.get(0).change()) >= reviewShift ? Result.LARGE_SHIFT
                : Result.SMALL_SHIFT, version, answers, shifts);
        // two nodes learning at once: the second insert of the version fails and its learning rolls back
        jdbc.sql("""
                        INSERT INTO cvm.propensity_snapshot (version, learned_at, requested_by, status, answers, largest_shift)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(version, Timestamp.from(now), requestedBy, Status.PROPOSED.name(), answers, learning.largestShift())
                .update();
        batch.batchUpdate("""
                        INSERT INTO cvm.propensity_cell (version, action_id, segment, channel, answered, accepted, table_propensity)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                counted.entrySet().stream().map(cell -> new Object[] {version, cell.getKey().actionId(),
                        cell.getKey().segment().name(), cell.getKey().channel().name(), cell.getValue().answered(),
                        cell.getValue().accepted(), cell.getValue().tablePropensity()}).toList());
        return learning;
    }

    /** Puts a proposed snapshot in force; the one in force before is superseded. */
    @Transactional
    public void putInForce(int version, String by, String note) {
        decide(version, Status.IN_FORCE, by, note);
        jdbc.sql("UPDATE cvm.propensity_snapshot SET status = ? WHERE status = ? AND version <> ?")
                .params(Status.SUPERSEDED.name(), Status.IN_FORCE.name(), version).update();
        inForce.forget();
    }

    /** Keeps a proposed snapshot out: the one in force stays. The findings say why. */
    @Transactional
    public void keepOut(int version, String by, String findings) {
        if (findings == null || findings.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say why the learned propensities stay out: the next"
                    + " learning's reviewer reads it", "findings");
        }
        decide(version, Status.KEPT_OUT, by, findings);
    }

    private void decide(int version, Status status, String by, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A note has at most " + MAX_NOTE + " characters", "note");
        }
        int changed = jdbc.sql("""
                        UPDATE cvm.propensity_snapshot SET status = ?, decided_by = ?, decided_at = ?, note = ?
                        WHERE version = ? AND status = ?""")
                .params(status.name(), by, Timestamp.from(clock.instant()), note == null ? null : note.strip(), version,
                        Status.PROPOSED.name())
                .update();
        if (changed == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "Learned propensities version " + version
                    + " are not waiting for a decision", "version");
        }
    }

    /** Every snapshot, the newest first. */
    public List<Snapshot> snapshots() {
        return jdbc.sql("SELECT * FROM cvm.propensity_snapshot ORDER BY version DESC").query(SNAPSHOT).list();
    }

    public Optional<Snapshot> snapshot(int version) {
        return jdbc.sql("SELECT * FROM cvm.propensity_snapshot WHERE version = ?").param(version).query(SNAPSHOT)
                .optional();
    }

    /** How the snapshot moves each estimate from the one in force now, the largest move first. */
    public List<Shift> shifts(int version) {
        return shifts(inForce.get(), cells(version));
    }

    /** The snapshot's cells, for a page: the estimate each would give a candidate at the table's mean propensity. */
    public PropensitySnapshot read(int version) {
        return new PropensitySnapshot(version, priorAnswers, cells(version));
    }

    private List<Shift> shifts(PropensitySnapshot current, Map<PropensitySnapshot.Cell, PropensitySnapshot.Counts> next) {
        Set<PropensitySnapshot.Cell> cells = new HashSet<>(next.keySet());
        cells.addAll(current.cells().keySet());
        List<Shift> shifts = new ArrayList<>();
        for (PropensitySnapshot.Cell cell : cells) {
            PropensitySnapshot.Counts before = current.counts(cell);
            PropensitySnapshot.Counts after = next.getOrDefault(cell, PropensitySnapshot.Counts.NONE);
            if (before.answered() != after.answered() || before.accepted() != after.accepted()) {
                double table = after.answered() > 0 ? after.tablePropensity() : before.tablePropensity();
                shifts.add(new Shift(cell, table, before.mean(table, priorAnswers), after.mean(table, priorAnswers),
                        after.answered(), after.accepted()));
            }
        }
        shifts.sort(Comparator.comparingDouble((Shift shift) -> -Math.abs(shift.change()))
                .thenComparing(shift -> shift.cell().actionId()).thenComparing(shift -> shift.cell().segment())
                .thenComparing(shift -> shift.cell().channel()));
        return shifts;
    }

    private PropensitySnapshot readInForce() {
        return jdbc.sql("SELECT version FROM cvm.propensity_snapshot WHERE status = ?").param(Status.IN_FORCE.name())
                .query(Integer.class).optional().map(this::read).orElse(PropensitySnapshot.NONE);
    }

    private Map<PropensitySnapshot.Cell, PropensitySnapshot.Counts> cells(int version) {
        Map<PropensitySnapshot.Cell, PropensitySnapshot.Counts> cells = new HashMap<>();
        jdbc.sql("SELECT action_id, segment, channel, answered, accepted, table_propensity FROM cvm.propensity_cell WHERE version = ?")
                .param(version)
                .query((RowCallbackHandler) row -> cells.put(new PropensitySnapshot.Cell(row.getString("action_id"),
                        Segment.valueOf(row.getString("segment")), Channel.valueOf(row.getString("channel"))),
                        new PropensitySnapshot.Counts(row.getLong("answered"), row.getLong("accepted"),
                                row.getDouble("table_propensity"))));
        return cells;
    }

    private static final RowMapper<Snapshot> SNAPSHOT = (row, n) -> {
        Timestamp decidedAt = row.getTimestamp("decided_at");
        return new Snapshot(row.getInt("version"), row.getTimestamp("learned_at").toInstant(), row.getString("requested_by"),
                Status.valueOf(row.getString("status")), row.getLong("answers"), row.getDouble("largest_shift"),
                row.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(), row.getString("note"));
    };

    /** One cell's answers while counting. */
    private static final class Tally {
        private long answered;
        private long accepted;
        private double tableSum;

        void add(boolean wasAccepted, double tablePropensity) {
            answered++;
            accepted += wasAccepted ? 1 : 0;
            tableSum += tablePropensity;
        }

        PropensitySnapshot.Counts counts() {
            return new PropensitySnapshot.Counts(answered, accepted, tableSum / answered);
        }
    }
}
