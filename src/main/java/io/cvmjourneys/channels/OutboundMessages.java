package io.cvmjourneys.channels;

import io.cvmjourneys.channels.OutboxTable.StoredMessage;
import io.cvmjourneys.channels.QuietHours.Hold;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels module's facade: journeys queue outbound messages here, and the
 * {@link OutboxDispatcher} sends them when due. Consent and quiet hours are applied as the message
 * is queued, so the answer already says whether and when it goes.
 */
@Service
public class OutboundMessages {

    private final OutboxTable outbox;
    private final CustomerDirectory customers;
    private final MessageTemplates templates;
    private final QuietHours quietHours;
    private final Clock clock;

    OutboundMessages(OutboxTable outbox, CustomerDirectory customers, MessageTemplates templates, QuietHours quietHours,
                     Clock clock) {
        this.outbox = outbox;
        this.customers = customers;
        this.templates = templates;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /**
     * Queues the message in the caller's transaction (MANDATORY: a journey step's message is written
     * if and only if the step commits, and a caller without a transaction fails at once instead of
     * sending on its own). The same idempotency key again answers the message queued first, as it
     * stands now, and writes nothing.
     *
     * @throws IllegalArgumentException for an unknown template, a parameter the template needs but the
     *                                  message lacks, or an idempotency key used for another message
     * @throws ApiException             404 for an unknown customer
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public QueuedMessage queue(OutboundMessage message) {
        // rendered now, so a bad template or parameter fails the journey step rather than the sending
        templates.render(message.template(), message.parameters());
        Optional<StoredMessage> earlier = outbox.findByIdempotencyKey(message.idempotencyKey());
        if (earlier.isPresent()) {
            return sameMessageAsBefore(message, earlier.get());
        }
        CustomerContext context = customers.context(message.customerId()).orElseThrow(() -> new ApiException(
                HttpStatus.NOT_FOUND, "No customer " + message.customerId() + ": check the id, or search with"
                + " GET /api/customers?q=…", "customerId"));
        Instant now = clock.instant();
        Optional<String> refusal = ConsentCheck.refusal(context, message.channel(), message.kind());
        if (refusal.isPresent()) {
            return outbox.insert(message, MessageStatus.SUPPRESSED, null, refusal.get(), now);
        }
        Optional<Hold> hold = quietHours.holdAt(context.customer(), message.kind(), now);
        return outbox.insert(message, MessageStatus.PENDING, hold.map(Hold::until).orElse(now),
                hold.map(Hold::reason).orElse(null), now);
    }

    private static QueuedMessage sameMessageAsBefore(OutboundMessage message, StoredMessage earlier) {
        if (!earlier.customerId().equals(message.customerId()) || earlier.channel() != message.channel()
                || !earlier.template().equals(message.template())) {
            throw new IllegalArgumentException("Idempotency key " + message.idempotencyKey() + " was already used for "
                    + earlier.template() + " by " + earlier.channel() + " to customer " + earlier.customerId()
                    + ": each journey step passes its own processInstanceId:activityId");
        }
        return earlier.asQueued();
    }
}
