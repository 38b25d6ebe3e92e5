package io.cvmjourneys.campaigns;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.channels.OutboundMessage;
import io.cvmjourneys.channels.OutboundMessages;
import io.cvmjourneys.channels.QueuedMessage;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.CampaignContacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a campaign's next batch, in one transaction with the campaign locked (a stop waits for the
 * batch, or the batch finds the campaign stopped and sends nothing): reads the batch's customers at
 * once, lets the NBA policies decide each contact (logged like any decision), and queues the allowed
 * messages in the outbox, one per customer. The batch is the campaign's rate for a minute, at most
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
    private final Clock clock;

    CampaignSending(CampaignTable table, CustomerDirectory customers, CampaignContacts contacts, OutboundMessages outbox,
                    Clock clock) {
        this.table = table;
        this.customers = customers;
        this.contacts = contacts;
        this.outbox = outbox;
        this.clock = clock;
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
        List<String> waiting = table.nextWaiting(campaignId, size);
        Map<String, CustomerContext> found = customers.contexts(waiting).stream()
                .collect(Collectors.toMap(CustomerContext::customerId, Function.identity()));
        List<CampaignTable.Handled> handled = new ArrayList<>();
        waiting.stream().filter(id -> !found.containsKey(id)).forEach(id -> handled.add(new CampaignTable.Handled(id,
                CampaignTable.RecipientState.SUPPRESSED, null, null, "No customer", "No longer in the customer base")));
        List<CustomerContext> contexts = waiting.stream().filter(found::containsKey).map(found::get).toList();
        Action action = contacts.campaignAction(draft.actionId());
        MessageKind kind = action.isCommercial() ? MessageKind.COMMERCIAL : MessageKind.SERVICE;
        int queued = 0;
        for (CampaignContacts.Verdict verdict : contacts.decide(contexts, draft.actionId(), draft.channels(),
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
        if (table.waiting(campaignId) == 0) {
            table.move(campaign, CampaignStatus.SENT, PROCESS_ACTOR, clock.instant(), "Everyone in the audience was handled");
            return new Batch(queued, handled.size() - queued, null);
        }
        // the rate allows the next batch once this one's share of the minute has passed
        return new Batch(queued, handled.size() - queued, started.plus(Duration.ofMillis(60_000L * size / draft.perMinute())));
    }
}
