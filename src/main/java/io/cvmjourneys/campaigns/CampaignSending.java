package io.cvmjourneys.campaigns;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.channels.OutboundMessage;
import io.cvmjourneys.channels.OutboundMessages;
import io.cvmjourneys.channels.QueuedMessage;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.QuietWindow;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.CampaignContacts;
import io.cvmjourneys.nba.Levers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a campaign's next batch, in one transaction with the campaign locked (a stop waits for the
 * batch, or the batch finds the campaign stopped and sends nothing): reads the batch's customers at
 * once, lets the NBA policies decide each contact (logged like any decision), and queues the allowed
 * messages in the outbox, one per customer. A customer met in their quiet hours (their own, or the
 * operator's) is not decided yet: they wait for the end of those hours, so a campaign that runs into
 * the evening pauses overnight instead of losing its audience to the quiet-hours policy. The batch is the campaign's rate for a minute, at most
 * {@value #MAX_BATCH}; the next may go when the rate allows.
 */
@Component
class CampaignSending {

    /** Customers per batch at most: one transaction stays short whatever the rate. */
    static final int MAX_BATCH = 500;
    static final String TEMPLATE = "campaign-offer";
    /** Who the campaign's own status changes are recorded as. */
    static final String PROCESS_ACTOR = "campaign process";

    /** What a batch did, and when the next one may go (null: everyone was handled, or the campaign stopped). */
    record Batch(int queued, int suppressed, Instant nextBatchAt) {

        boolean done() {
            return nextBatchAt == null;
        }
    }

    private final CampaignTable table;
    private final CustomerDirectory customers;
    private final CampaignContacts contacts;
    private final OutboundMessages outbox;
    private final Levers levers;
    private final Clock clock;

    CampaignSending(CampaignTable table, CustomerDirectory customers, CampaignContacts contacts, OutboundMessages outbox,
                    Levers levers, Clock clock) {
        this.table = table;
        this.customers = customers;
        this.contacts = contacts;
        this.outbox = outbox;
        this.levers = levers;
        this.clock = clock;
    }

    /** When the customer's quiet hours (their own, or the operator's in force) end, if the instant lies within them. */
    Optional<Instant> quietHoursEnd(CustomerContext context, Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        QuietWindow window = QuietWindow.of(context.customer(), levers.at(at).levers().defaultQuietHours());
        return window.contains(local.toLocalTime()) ? Optional.of(window.endAfter(local).toInstant()) : Optional.empty();
    }

    @Transactional
    public Batch sendNextBatch(long campaignId) {
        Campaign campaign = table.lock(campaignId).orElseThrow(() -> new IllegalStateException("No campaign " + campaignId));
        if (campaign.status() != CampaignStatus.SCHEDULED && campaign.status() != CampaignStatus.SENDING) {
            return new Batch(0, 0, null);
        }
        Instant started = clock.instant();
        if (campaign.status() == CampaignStatus.SCHEDULED) {
            table.move(campaign, CampaignStatus.SENDING, PROCESS_ACTOR, started, "Send time reached");
            campaign = table.find(campaignId).orElseThrow();
        }
        CampaignDraft draft = campaign.draft();
        int size = Math.min(MAX_BATCH, draft.perMinute());
        List<String> due = table.nextWaiting(campaignId, started, size);
        Map<String, CustomerContext> found = customers.contexts(due).stream()
                .collect(Collectors.toMap(CustomerContext::customerId, Function.identity()));
        List<CampaignTable.Handled> handled = new ArrayList<>();
        due.stream().filter(id -> !found.containsKey(id)).forEach(id -> handled.add(new CampaignTable.Handled(id,
                CampaignTable.RecipientState.SUPPRESSED, null, null, "No customer", "No longer in the customer base")));
        Map<String, Instant> held = new HashMap<>();
        List<CustomerContext> contacted = new ArrayList<>();
        for (String id : due) {
            CustomerContext context = found.get(id);
            if (context != null) {
                quietHoursEnd(context, started).ifPresentOrElse(end -> held.put(id, end), () -> contacted.add(context));
            }
        }
        table.holdUntil(campaignId, held);
        Action action = contacts.campaignAction(draft.actionId());
        MessageKind kind = action.isCommercial() ? MessageKind.COMMERCIAL : MessageKind.SERVICE;
        int queued = 0;
        for (CampaignContacts.Verdict verdict : contacts.decide(contacted, action, draft.channels(),
                Campaigns.why(campaign), campaign.reference())) {
            if (verdict.allowed()) {
                CustomerContext context = found.get(verdict.customerId());
                QueuedMessage message = outbox.queue(new OutboundMessage(verdict.customerId(), verdict.channel(), kind, TEMPLATE,
                        Map.of("offer", action.name(), "customerName", context.customer().name(), "message", draft.message()),
                        Campaigns.messageKey(campaign, verdict.customerId()), action.id(), verdict.decisionId()), context);
                handled.add(new CampaignTable.Handled(verdict.customerId(), CampaignTable.RecipientState.QUEUED,
                        verdict.channel(), verdict.decisionId(), null, message.reason()));
                queued++;
            } else {
                handled.add(new CampaignTable.Handled(verdict.customerId(), CampaignTable.RecipientState.SUPPRESSED, null,
                        null, verdict.refusal().rule(), verdict.refusal().reason()));
            }
        }
        table.handled(campaignId, handled, started);
        Optional<Instant> nextWaiting = table.nextWaitingAt(campaignId, started);
        if (nextWaiting.isEmpty()) {
            table.move(campaign, CampaignStatus.SENT, PROCESS_ACTOR, clock.instant(), "Everyone in the audience was handled");
            return new Batch(queued, handled.size() - queued, null);
        }
        // the rate allows the next batch once this one's share of the minute has passed; customers in
        // their quiet hours wait until those end
        Instant rateAllows = started.plus(Duration.ofMillis(60_000L * size / draft.perMinute()));
        return new Batch(queued, handled.size() - queued, nextWaiting.get().isAfter(rateAllows) ? nextWaiting.get() : rateAllows);
    }
}
