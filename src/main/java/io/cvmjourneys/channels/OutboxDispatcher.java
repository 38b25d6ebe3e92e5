package io.cvmjourneys.channels;

import io.cvmjourneys.channels.OutboxTable.StoredMessage;
import io.cvmjourneys.channels.QuietHours.Hold;
import io.cvmjourneys.customer.Customer;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.engine.FailureText;
import io.cvmjourneys.moments.Channel;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due messages. One round locks a batch of them (FOR UPDATE SKIP LOCKED, so
 * several nodes share the work and never send a message twice), renders each, hands it to its
 * channel's adapter, marks it SENT and remembers the contact. A failure is retried after a backoff
 * that doubles every time, and given up (FAILED) after the configured number of attempts.
 * <p>
 * Consent is asked again just before sending: a customer who withdrew it while the message waited
 * out quiet hours does not get it.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxTable outbox;
    private final CustomerDirectory customers;
    private final MessageTemplates templates;
    private final QuietHours quietHours;
    private final Map<Channel, ChannelAdapter> adapters;
    private final ChannelProperties properties;
    private final TransactionTemplate round;
    private final TransactionTemplate eachMessage;
    private final Clock clock;

    OutboxDispatcher(OutboxTable outbox, CustomerDirectory customers, MessageTemplates templates, QuietHours quietHours,
                     List<ChannelAdapter> adapters, ChannelProperties properties, PlatformTransactionManager transactions,
                     Clock clock) {
        this.outbox = outbox;
        this.customers = customers;
        this.templates = templates;
        this.quietHours = quietHours;
        this.adapters = onePerOutboundChannel(adapters);
        this.properties = properties;
        this.round = new TransactionTemplate(transactions);
        // a savepoint per message: a failed delivery undoes its own writes, not the round's
        this.eachMessage = new TransactionTemplate(transactions);
        this.eachMessage.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /** One round; answers how many due messages it took (sent, suppressed, retried or given up), 0 when none was due. */
    public int dispatchDue() {
        Instant now = clock.instant();
        Integer taken = round.execute(status -> {
            List<StoredMessage> due = outbox.lockDue(now, properties.batchSize());
            due.forEach(message -> dispatch(message, now));
            return due.size();
        });
        return taken == null ? 0 : taken;
    }

    private void dispatch(StoredMessage message, Instant now) {
        Optional<CustomerContext> context = customers.context(message.customerId());
        Optional<String> refusal = context.flatMap(found -> ConsentCheck.refusal(found, message.channel(), message.kind()));
        if (refusal.isPresent()) {
            outbox.markSuppressed(message.id(), refusal.get() + " (withdrawn after the message was queued)");
            return;
        }
        try {
            eachMessage.executeWithoutResult(status -> send(message, context.map(CustomerContext::customer).orElseThrow(
                    () -> new IllegalStateException("Customer " + message.customerId() + " no longer exists")), now));
        } catch (RuntimeException failure) {
            retryOrGiveUp(message, failure, context.map(CustomerContext::customer), now);
        }
    }

    private void send(StoredMessage message, Customer customer, Instant now) {
        String text = templates.render(message.template(), message.parameters());
        adapters.get(message.channel()).deliver(new Delivery(message.id(), customer, text));
        outbox.markSent(message.id(), now);
        customers.recordContact(message.customerId(), message.channel(), message.contactedWith(), message.decisionId(), now);
    }

    private void retryOrGiveUp(StoredMessage message, RuntimeException failure, Optional<Customer> customer, Instant now) {
        int attempts = message.attempts() + 1;
        String error = FailureText.of(failure);
        if (attempts >= properties.maxAttempts()) {
            log.warn("Gave up on outbound message {} ({} by {}) after {} attempts: {}", message.id(), message.template(),
                    message.channel(), attempts, error);
            outbox.markFailed(message.id(), attempts, error, "Gave up after " + attempts + " attempts");
            return;
        }
        Instant retryAt = now.plus(properties.retryBackoff().multipliedBy(1L << (attempts - 1)));
        // a retry must not wake the customer either
        Instant notBefore = customer.flatMap(found -> quietHours.holdAt(found, message.kind(), retryAt))
                .map(Hold::until)
                .orElse(retryAt);
        log.info("Outbound message {} ({} by {}) failed, attempt {} of {}, retried at {}: {}", message.id(),
                message.template(), message.channel(), attempts, properties.maxAttempts(), notBefore, error);
        outbox.retryAt(message.id(), attempts, error, notBefore);
    }

    private static Map<Channel, ChannelAdapter> onePerOutboundChannel(List<ChannelAdapter> adapters) {
        Map<Channel, ChannelAdapter> byChannel = new EnumMap<>(Channel.class);
        for (ChannelAdapter adapter : adapters) {
            ChannelAdapter clash = byChannel.put(adapter.channel(), adapter);
            if (clash != null) {
                throw new IllegalStateException(clash.getClass().getName() + " and " + adapter.getClass().getName()
                        + " both deliver " + adapter.channel() + ": keep one ChannelAdapter per channel");
            }
        }
        Set<Channel> missing = EnumSet.copyOf(OutboundMessage.OUTBOUND_CHANNELS);
        missing.removeAll(byChannel.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No ChannelAdapter delivers " + missing);
        }
        return byChannel;
    }
}
