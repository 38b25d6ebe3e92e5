package io.cvmjourneys.channels;

import io.cvmjourneys.moments.Channel;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the in-process adapters delivered: the messages as the customer would have received them. */
@Repository
class DeliveredMessages {

    /**
     * @param address     the phone number, e-mail address or app user the message went to
     * @param subject     e-mail subject, push title or call topic; null for SMS
     * @param smsSegments the SMS parts the text is billed as; null for other channels
     */
    record DeliveredMessage(long messageId, String customerId, Channel channel, String address, String subject, String body,
                            Integer smsSegments) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveredMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(DeliveredMessage message) {
        jdbc.sql("""
                        INSERT INTO cvm.delivered_message (message_id, customer_id, channel, address, subject, body,
                                                           sms_segments, delivered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(message.messageId(), message.customerId(), message.channel().name(), message.address(),
                        message.subject(), message.body(), message.smsSegments(), SqlTimes.timestamp(clock.instant()))
                .update();
    }
}
