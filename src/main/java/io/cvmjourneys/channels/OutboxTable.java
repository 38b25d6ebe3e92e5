package io.cvmjourneys.channels;

import static io.cvmjourneys.channels.SqlTimes.instant;
import static io.cvmjourneys.channels.SqlTimes.timestamp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.moments.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The outbox table: messages in, due messages out, and what became of each. Callers own the transaction. */
@Repository
class OutboxTable {

    static final int MAX_PARAMETERS_LENGTH = 4000;
    static final int MAX_ERROR_LENGTH = 1000;
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };
    private static final String COLUMNS =
            "id, customer_id, channel, kind, template, parameters, action_id, decision_id, status, not_before, reason, attempts";

    /** A message as stored. */
    record StoredMessage(long id, String customerId, Channel channel, MessageKind kind, String template,
                         Map<String, String> parameters, String actionId, String decisionId, MessageStatus status,
                         Instant notBefore, String reason, int attempts) {

        QueuedMessage asQueued() {
            return new QueuedMessage(id, status, notBefore, reason);
        }

        /** What the contact history remembers the customer was reached with. */
        String contactedWith() {
            return actionId == null ? template : actionId;
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OutboxTable(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    QueuedMessage insert(OutboundMessage message, MessageStatus status, Instant notBefore, String reason, Instant createdAt) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cvm.outbox_message (customer_id, channel, kind, template, parameters, idempotency_key,
                                                        action_id, decision_id, status, reason, not_before, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(message.customerId(), message.channel().name(), message.kind().name(), message.template(),
                        toJson(message.parameters()), message.idempotencyKey(), message.actionId(), message.decisionId(),
                        status.name(), reason, timestamp(notBefore), timestamp(createdAt))
                .update(id, "id");
        return new QueuedMessage(id.getKeyAs(Long.class), status, notBefore, reason);
    }

    Optional<StoredMessage> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cvm.outbox_message WHERE idempotency_key = ?")
                .param(idempotencyKey)
                .query(this::stored)
                .optional();
    }

    /**
     * Locks up to {@code limit} pending messages due at {@code now}, oldest first, until the caller's
     * transaction ends; rows another transaction holds are skipped, not waited for.
     */
    List<StoredMessage> lockDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM cvm.outbox_message
                        WHERE status = 'PENDING' AND not_before <= ?
                        ORDER BY not_before, id
                        FETCH FIRST ? ROWS ONLY
                        FOR UPDATE SKIP LOCKED""")
                .params(timestamp(now), limit)
                .query(this::stored)
                .list();
    }

    /** Messages the channel sent from (inclusive) until (exclusive). */
    long sentBetween(Channel channel, Instant from, Instant until) {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.outbox_message WHERE channel = ? AND status = 'SENT' AND sent_at >= ? AND sent_at < ?")
                .params(channel.name(), timestamp(from), timestamp(until)).query(Long.class).single();
    }

    /** A template on one channel, as the template watch measures it. */
    record TemplateOnChannel(String template, Channel channel) {
    }

    /** Messages sent from (inclusive) until (exclusive), by template and channel, with the gateways' reports on them. */
    Map<TemplateOnChannel, TemplateFigures> sentByTemplate(Instant from, Instant until) {
        Map<TemplateOnChannel, TemplateFigures> figures = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT m.template, m.channel, COUNT(*),
                               SUM(CASE WHEN b.message_id IS NULL THEN 0 ELSE 1 END),
                               SUM(CASE WHEN o.message_id IS NULL THEN 0 ELSE 1 END)
                        FROM cvm.outbox_message m
                        LEFT JOIN cvm.message_report b ON b.message_id = m.id AND b.outcome = 'BOUNCED'
                        LEFT JOIN cvm.message_report o ON o.message_id = m.id AND o.outcome = 'OPTED_OUT'
                        WHERE m.status = 'SENT' AND m.sent_at >= ? AND m.sent_at < ?
                        GROUP BY m.template, m.channel ORDER BY m.template, m.channel""")
                .params(timestamp(from), timestamp(until))
                .query((RowCallbackHandler) row -> figures.put(
                        new TemplateOnChannel(row.getString(1), Channel.valueOf(row.getString(2))),
                        new TemplateFigures(row.getLong(3), row.getLong(4), row.getLong(5))));
        return figures;
    }

    /** Pending messages of the channel due before then, counted by kind and template. */
    Map<MessageKind, Map<String, Long>> pendingBefore(Channel channel, Instant until) {
        Map<MessageKind, Map<String, Long>> pending = new EnumMap<>(MessageKind.class);
        jdbc.sql("""
                        SELECT kind, template, COUNT(*) FROM cvm.outbox_message
                        WHERE channel = ? AND status = 'PENDING' AND not_before < ? GROUP BY kind, template""")
                .params(channel.name(), timestamp(until))
                .query((RowCallbackHandler) row -> pending.computeIfAbsent(MessageKind.valueOf(row.getString(1)),
                        kind -> new TreeMap<>()).put(row.getString(2), row.getLong(3)));
        return pending;
    }

    /**
     * Locks up to {@code limit} pending messages of the kind the channel would send before then, the
     * last queued first (first come, first served), with when each is due.
     */
    Map<Long, Instant> lockLastQueued(Channel channel, MessageKind kind, Instant until, int limit) {
        Map<Long, Instant> due = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, not_before FROM cvm.outbox_message
                        WHERE channel = ? AND kind = ? AND status = 'PENDING' AND not_before < ?
                        ORDER BY created_at DESC, id DESC
                        FETCH FIRST ? ROWS ONLY
                        FOR UPDATE""")
                .params(channel.name(), kind.name(), timestamp(until), limit)
                .query((RowCallbackHandler) row -> due.put(row.getLong(1), row.getTimestamp(2).toInstant()));
        return due;
    }

    /** Moves a pending message to a later time, saying why. */
    void postpone(long id, Instant notBefore, String reason) {
        jdbc.sql("UPDATE cvm.outbox_message SET not_before = ?, reason = ? WHERE id = ? AND status = 'PENDING'")
                .params(timestamp(notBefore), reason, id).update();
    }

    void markSent(long id, Instant sentAt) {
        jdbc.sql("UPDATE cvm.outbox_message SET status = 'SENT', sent_at = ? WHERE id = ?")
                .params(timestamp(sentAt), id)
                .update();
    }

    void markSuppressed(long id, String reason) {
        jdbc.sql("UPDATE cvm.outbox_message SET status = 'SUPPRESSED', reason = ?, not_before = NULL WHERE id = ?")
                .params(reason, id)
                .update();
    }

    int withdrawPending(String idempotencyKeyPrefix, String reason) {
        return jdbc.sql("""
                        UPDATE cvm.outbox_message SET status = 'SUPPRESSED', reason = ?, not_before = NULL
                        WHERE status = 'PENDING' AND idempotency_key LIKE ? ESCAPE '!'""")
                .params(reason, startingWith(idempotencyKeyPrefix))
                .update();
    }

    Map<String, Long> statuses(String idempotencyKeyPrefix) {
        Map<String, Long> statuses = new TreeMap<>();
        jdbc.sql("SELECT status, COUNT(*) AS n FROM cvm.outbox_message WHERE idempotency_key LIKE ? ESCAPE '!' GROUP BY status")
                .param(startingWith(idempotencyKeyPrefix))
                .query((RowCallbackHandler) row -> statuses.put(row.getString("status"), row.getLong("n")));
        return statuses;
    }

    private static String startingWith(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    void retryAt(long id, int attempts, String error, Instant notBefore) {
        jdbc.sql("UPDATE cvm.outbox_message SET attempts = ?, last_error = ?, not_before = ? WHERE id = ?")
                .params(attempts, shortened(error), timestamp(notBefore), id)
                .update();
    }

    void markFailed(long id, int attempts, String error, String reason) {
        jdbc.sql("UPDATE cvm.outbox_message SET status = 'FAILED', attempts = ?, last_error = ?, reason = ? WHERE id = ?")
                .params(attempts, shortened(error), reason, id)
                .update();
    }

    private StoredMessage stored(ResultSet row, int rowNumber) throws SQLException {
        return new StoredMessage(row.getLong("id"), row.getString("customer_id"), Channel.valueOf(row.getString("channel")),
                MessageKind.valueOf(row.getString("kind")), row.getString("template"), fromJson(row.getString("parameters")),
                row.getString("action_id"), row.getString("decision_id"), MessageStatus.valueOf(row.getString("status")),
                instant(row, "not_before"), row.getString("reason"), row.getInt("attempts"));
    }

    private String toJson(Map<String, String> parameters) {
        try {
            String text = json.writeValueAsString(parameters);
            if (text.length() > MAX_PARAMETERS_LENGTH) {
                throw new IllegalArgumentException("parameters are " + text.length() + " characters as JSON; at most "
                        + MAX_PARAMETERS_LENGTH);
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("parameters cannot be stored as JSON", e);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, PARAMETERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox parameters are no JSON object of strings: " + text, e);
        }
    }

    private static String shortened(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
