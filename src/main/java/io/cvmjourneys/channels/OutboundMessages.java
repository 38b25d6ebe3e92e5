package io.cvmjourneys.channels;

import io.cvmjourneys.channels.OutboxTable.StoredMessage;
import io.cvmjourneys.channels.QuietHours.Hold;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
        return queue(message, () -> customers.context(message.customerId()).orElseThrow(() -> new ApiException(
                HttpStatus.NOT_FOUND, "No customer " + message.customerId() + ": check the id, or search with"
                + " GET /api/customers?q=…", "customerId")));
    }

    /**
     * {@link #queue(OutboundMessage)} for a caller that has just read the customer's context (a campaign
     * reads its batch's contexts at once), so consent and quiet hours are settled on it without reading it again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public QueuedMessage queue(OutboundMessage message, CustomerContext context) {
        if (!context.customerId().equals(message.customerId())) {
            throw new IllegalArgumentException("The context is customer " + context.customerId() + "'s, the message is for "
                    + message.customerId());
        }
        return queue(message, () -> context);
    }

    private QueuedMessage queue(OutboundMessage message, Supplier<CustomerContext> context) {
        // rendered now, so a bad template or parameter fails the journey step rather than the sending
        templates.render(message.template(), message.parameters());
        Optional<StoredMessage> earlier = outbox.findByIdempotencyKey(message.idempotencyKey());
        return earlier.isPresent() ? sameMessageAsBefore(message, earlier.get()) : queueNew(message, context.get());
    }

    /**
     * Takes back every message whose idempotency key starts with the prefix and that has not gone yet
     * (a campaign stopped mid-way): they are suppressed with the reason, and the dispatcher never sends
     * them. A message the dispatcher is sending right now is waited for, and counts as sent before.
     *
     * @return how many were taken back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdraw(String idempotencyKeyPrefix, String reason) {
        return outbox.withdrawPending(idempotencyKeyPrefix, reason);
    }

    /** How many messages whose idempotency key starts with the prefix are in each status (PENDING, SENT, SUPPRESSED, FAILED). */
    public Map<String, Long> statuses(String idempotencyKeyPrefix) {
        return outbox.statuses(idempotencyKeyPrefix);
    }

    private QueuedMessage queueNew(OutboundMessage message, CustomerContext context) {
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
