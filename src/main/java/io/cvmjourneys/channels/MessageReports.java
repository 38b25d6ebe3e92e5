package io.cvmjourneys.channels;

import io.cvmjourneys.customer.CustomerConsents;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.web.ApiException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gateways' reports on sent messages. An opt-out withdraws the customer's consent for the
 * message's purpose on its channel at once, so no later decision or message reaches them there; a
 * mandatory message has no opt-out. A report the gateway sends again is recorded once.
 */
@Service
public class MessageReports {

    static final int MAX_DETAIL_LENGTH = 500;

    /** @param recorded false when the same report was already recorded: nothing changed */
    public record Recorded(long messageId, DeliveryReport report, boolean recorded, boolean consentWithdrawn) {
    }

    private record Reported(String customerId, Channel channel, MessageKind kind, MessageStatus status) {
    }

    private final JdbcClient jdbc;
    private final CustomerConsents consents;
    private final Clock clock;

    MessageReports(JdbcClient jdbc, CustomerConsents consents, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(long messageId, DeliveryReport report, String detail, String by) {
        if (detail != null && detail.length() > MAX_DETAIL_LENGTH) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "detail: keep it to " + MAX_DETAIL_LENGTH + " characters");
        }
        // the message's row is locked until the report is in: a gateway reporting twice at once waits, then finds it
        Reported message = jdbc.sql("SELECT customer_id, channel, kind, status FROM cvm.outbox_message WHERE id = ? FOR UPDATE")
                .param(messageId)
                .query((row, n) -> new Reported(row.getString(1), Channel.valueOf(row.getString(2)),
                        MessageKind.valueOf(row.getString(3)), MessageStatus.valueOf(row.getString(4))))
                .optional().orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "There is no outbound message " + messageId));
        if (message.status() != MessageStatus.SENT) {
            throw new ApiException(HttpStatus.CONFLICT, "Message " + messageId + " is " + message.status()
                    + ": only a sent message can bounce or be opted out from");
        }
        if (report == DeliveryReport.OPTED_OUT && message.kind().consentNeeded().isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "Message " + messageId + " is a mandatory notice: the customer"
                    + " cannot opt out from it, so no consent changes");
        }
        Instant now = clock.instant();
        int recorded = jdbc.sql("""
                        INSERT INTO cvm.message_report (message_id, outcome, detail, reported_at, reported_by)
                        SELECT ?, ?, ?, ?, ? FROM cvm.outbox_message WHERE id = ? AND NOT EXISTS (
                            SELECT 1 FROM cvm.message_report WHERE message_id = ? AND outcome = ?)""")
                .params(messageId, report.name(), detail, Timestamp.from(now), by, messageId, messageId, report.name())
                .update();
        boolean withdrawn = recorded > 0 && report == DeliveryReport.OPTED_OUT
                && consents.withdraw(message.customerId(), message.kind().consentNeeded().orElseThrow(), message.channel(), now);
        return new Recorded(messageId, report, recorded > 0, withdrawn);
    }
}
