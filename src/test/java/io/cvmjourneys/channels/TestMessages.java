package io.cvmjourneys.channels;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.testsupport.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Messages in the outbox as the channel team's tests need them: queued for a time, or sent then. */
final class TestMessages {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final OutboxTable outbox;

    TestMessages(OutboxTable outbox) {
        this.outbox = outbox;
    }

    /** A time of day in the operator's zone. */
    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(TestClock.OPERATOR_ZONE).toInstant();
    }

    /** A pending message queued then, due at {@code due}; answers its id. */
    long queued(String customer, Channel channel, MessageKind kind, String template, Instant due, Instant queuedAt) {
        return outbox.insert(message(customer, channel, kind, template), MessageStatus.PENDING, due, null, queuedAt).id();
    }

    /** That many messages of the template sent then; answers their ids. */
    List<Long> sent(String customer, Channel channel, MessageKind kind, String template, Instant at, int messages) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            long id = queued(customer, channel, kind, template, at, at);
            outbox.markSent(id, at);
            ids.add(id);
        }
        return ids;
    }

    private static OutboundMessage message(String customer, Channel channel, MessageKind kind, String template) {
        int number = NUMBERS.incrementAndGet();
        return new OutboundMessage(customer, channel, kind, template, Map.of(), "channel-team-test-" + number, null, null);
    }
}
