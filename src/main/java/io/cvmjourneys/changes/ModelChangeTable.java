package io.cvmjourneys.changes;

import io.cvmjourneys.moments.Channel;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The changes and their steps, as stored. */
@Repository
class ModelChangeTable {

    private static final String COLUMNS = "id, kind, subject, summary, reason, channels, not_before, model_file, proposed_by,"
            + " proposed_at, status, closed_by, closed_at, closed_note";

    private final JdbcClient jdbc;

    ModelChangeTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ChangeKind kind, String subject, String summary, String reason, List<Channel> channels, LocalDate notBefore, String modelFile,
                String model, String by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cvm.model_change (kind, subject, summary, reason, channels, not_before, model_file,
                                                      model, proposed_by, proposed_at, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), subject, summary, reason, channels.stream().map(Channel::name).collect(Collectors.joining(",")),
                        notBefore == null ? null : Date.valueOf(notBefore), modelFile, model, by, Timestamp.from(at),
                        ChangeStatus.UNDER_WAY.name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ModelChange> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cvm.model_change WHERE id = ?").param(id).query(ModelChangeTable::change)
                .optional();
    }

    /** Every change, those under way first, then the newest first. */
    List<ModelChange> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cvm.model_change ORDER BY CASE WHEN status = ? THEN 0 ELSE 1 END, id DESC")
                .param(ChangeStatus.UNDER_WAY.name()).query(ModelChangeTable::change).list();
    }

    Optional<ModelChange> underWay(ChangeKind kind, String subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cvm.model_change WHERE kind = ? AND subject = ? AND status = ?")
                .params(kind.name(), subject, ChangeStatus.UNDER_WAY.name()).query(ModelChangeTable::change).optional();
    }

    String model(long id) {
        return jdbc.sql("SELECT model FROM cvm.model_change WHERE id = ?").param(id)
                .query((row, n) -> Optional.ofNullable(row.getString(1))).single().orElse(null);
    }

    long addStep(long changeId, String team, Channel channel, String decision, String findings, LocalDate startsOn, String by,
                 Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cvm.model_change_step (change_id, team, channel, decision, findings, starts_on, decided_by,
                                                           decided_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(changeId, team, channel == null ? null : channel.name(), decision, findings,
                        startsOn == null ? null : Date.valueOf(startsOn), by, Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The change's steps in order; from {@code firstId} on, e.g. those of the current round of approvals. */
    List<ChangeStep> steps(long changeId, long firstId) {
        return jdbc.sql("SELECT * FROM cvm.model_change_step WHERE change_id = ? AND id >= ? ORDER BY id")
                .params(changeId, firstId)
                .query((row, n) -> new ChangeStep(row.getLong("id"), row.getString("team"),
                        row.getString("channel") == null ? null : Channel.valueOf(row.getString("channel")),
                        row.getString("decision"), row.getString("findings"), localDate(row.getDate("starts_on")),
                        row.getString("decided_by"), row.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** The id the next step will have at least: the first of a new round. */
    long nextStepId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM cvm.model_change_step").query(Long.class).single();
    }

    /** Closes a change under way; answers whether it was (a second close, e.g. a retried job, changes nothing). */
    boolean close(long id, ChangeStatus status, String by, Instant at, String note) {
        return jdbc.sql("""
                        UPDATE cvm.model_change SET status = ?, closed_by = ?, closed_at = ?, closed_note = ?
                        WHERE id = ? AND status = ?""")
                .params(status.name(), by, Timestamp.from(at), note, id, ChangeStatus.UNDER_WAY.name()).update() == 1;
    }

    private static ModelChange change(ResultSet row, int rowNumber) throws SQLException {
        Timestamp closedAt = row.getTimestamp("closed_at");
        String channels = row.getString("channels");
        return new ModelChange(row.getLong("id"), ChangeKind.valueOf(row.getString("kind")), row.getString("subject"),
                row.getString("summary"), row.getString("reason"), channels.isEmpty() ? List.of()
                : Arrays.stream(channels.split(",")).map(Channel::valueOf).toList(), localDate(row.getDate("not_before")),
                row.getString("model_file"), row.getString("proposed_by"), row.getTimestamp("proposed_at").toInstant(),
                ChangeStatus.valueOf(row.getString("status")), row.getString("closed_by"),
                closedAt == null ? null : closedAt.toInstant(), row.getString("closed_note"));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
