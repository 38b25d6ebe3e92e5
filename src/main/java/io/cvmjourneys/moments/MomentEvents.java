package io.cvmjourneys.moments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intake's memory of every moment it answered. */
@Repository
public class MomentEvents {

    record Received(String customerId, MomentType type, MomentAnswer answer) {
    }

    private final JdbcClient jdbc;

    MomentEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Received> find(String eventId) {
        return jdbc.sql("""
                        SELECT customer_id, type, journey, process_instance_id, status
                        FROM cvm.moment_event WHERE event_id = ?""")
                .param(eventId)
                .query((row, rowNumber) -> new Received(row.getString("customer_id"),
                        MomentType.valueOf(row.getString("type")),
                        new MomentAnswer(eventId, row.getString("journey"), row.getString("process_instance_id"),
                                MomentAnswer.Status.valueOf(row.getString("status")))))
                .optional();
    }

    /** Whether a moment of one of these types came for the customer since then (refused moments are never kept). */
    public boolean receivedSince(String customerId, Set<MomentType> types, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.moment_event WHERE customer_id = :customer AND type IN (:types)"
                        + " AND received_at >= :since")
                .param("customer", customerId).param("types", types.stream().map(Enum::name).toList())
                .param("since", Timestamp.from(since))
                .query(Long.class).single() > 0;
    }

    void record(Moment moment, String data, Instant receivedAt, MomentAnswer answer) {
        jdbc.sql("""
                        INSERT INTO cvm.moment_event (event_id, customer_id, type, channel, occurred_at, received_at, data,
                                                      journey, process_instance_id, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(moment.eventId(), moment.customerId(), moment.type().name(), moment.channel().name(),
                        Timestamp.from(moment.occurredAt()), Timestamp.from(receivedAt), data,
                        answer.journey(), answer.processInstanceId(), answer.status().name())
                .update();
    }
}
