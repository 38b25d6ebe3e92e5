package io.cvmjourneys.channels;

import static io.cvmjourneys.channels.SqlTimes.instant;
import static io.cvmjourneys.channels.SqlTimes.timestamp;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages the dispatcher gave up on (FAILED), with why, for the channel team to see and, once
 * the gateway works again, to send again. A message sent again keeps its id, which is the key a
 * gateway deduplicates on: a gateway that did take an earlier attempt does not deliver it twice.
 */
@Service
public class DeadLetters {

    /** A message given up on, as the channel team sees it. */
    public record DeadLetter(long id, String customerId, Channel channel, MessageKind kind, String template,
                             int attempts, String lastError, String reason, Instant queuedAt,
                             String lastResentBy, Instant lastResentAt) {
    }

    /** A dead letter put back in the queue: it goes with the dispatcher's next round. */
    public record Resent(long id, MessageStatus status, Instant notBefore, String resentBy) {
    }

    static final int LISTED = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadLetters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest dead letters first, at most {@value #LISTED}. */
    @Transactional(readOnly = true)
    public List<DeadLetter> list() {
        return jdbc.sql("""
                        SELECT id, customer_id, channel, kind, template, attempts, last_error, reason, created_at,
                               resent_by, resent_at
                          FROM cvm.outbox_message WHERE status = 'FAILED'
                         ORDER BY created_at DESC, id DESC
                         FETCH FIRST ? ROWS ONLY""")
                .param(LISTED)
                .query((row, n) -> new DeadLetter(row.getLong("id"), row.getString("customer_id"),
                        Channel.valueOf(row.getString("channel")), MessageKind.valueOf(row.getString("kind")),
                        row.getString("template"), row.getInt("attempts"), row.getString("last_error"),
                        row.getString("reason"), instant(row, "created_at"), row.getString("resent_by"),
                        instant(row, "resent_at")))
                .list();
    }

    /**
     * Queues a dead letter again with a fresh count of attempts. Consent and quiet hours are asked
     * again when it goes, as for any message. Only a FAILED message can be sent again: a sent one
     * would reach the customer twice.
     */
    @Transactional
    public Resent resend(long id, String by) {
        Instant now = clock.instant();
        int requeued = jdbc.sql("""
                        UPDATE cvm.outbox_message
                           SET status = 'PENDING', attempts = 0, not_before = ?, reason = NULL, resent_by = ?, resent_at = ?
                         WHERE id = ? AND status = 'FAILED'""")
                .params(timestamp(now), by, timestamp(now), id)
                .update();
        if (requeued == 0) {
            String status = jdbc.sql("SELECT status FROM cvm.outbox_message WHERE id = ?").param(id)
                    .query(String.class).optional()
                    .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "There is no outbound message " + id));
            throw new ApiException(HttpStatus.CONFLICT, "Message " + id + " is " + status + ", not a dead letter: only a"
                    + " message given up on (FAILED) can be sent again");
        }
        return new Resent(id, MessageStatus.PENDING, now, by);
    }
}
