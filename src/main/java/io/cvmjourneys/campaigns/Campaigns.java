package io.cvmjourneys.campaigns;

import io.cvmjourneys.channels.OutboundMessage;
import io.cvmjourneys.channels.OutboundMessages;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerFilter;
import io.cvmjourneys.customer.CustomerSelection;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.CampaignContacts;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-off campaigns: a manager prepares one as a draft, a dry run shows what the NBA policies would
 * let through, a second manager approves the launch (the audience is fixed then, its control group
 * drawn, and the campaign process started), and any manager can stop it, after which nothing more
 * goes out. Every change is a new version with who, when and why.
 */
@Service
public class Campaigns {

    /** The campaign process's key, and the message that stops it. */
    static final String PROCESS = "campaign";
    static final String STOPPED_MESSAGE = "CampaignStopped";
    static final String CAMPAIGN_ID = "campaignId";
    static final String SEND_FROM = "sendFrom";
    static final int MAX_NAME = 120;
    static final int MAX_MESSAGE = 1000;
    static final int MAX_REASON = 1000;
    static final int MAX_HOLDOUT_PERCENT = 50;
    public static final int MAX_PER_MINUTE = 60_000;
    private static final Pattern AREA = Pattern.compile("[A-Z]{1,2}");
    private static final Set<String> PRODUCT_LINES = Set.of("MOBILE", "BROADBAND");

    private final CampaignTable table;
    private final CustomerSelection selection;
    private final CustomerDirectory customers;
    private final CampaignContacts contacts;
    private final OutboundMessages outbox;
    private final CampaignSending sending;
    private final RuntimeService runtime;
    private final Clock clock;

    Campaigns(CampaignTable table, CustomerSelection selection, CustomerDirectory customers, CampaignContacts contacts,
              OutboundMessages outbox, CampaignSending sending, RuntimeService runtime, Clock clock) {
        this.table = table;
        this.selection = selection;
        this.customers = customers;
        this.contacts = contacts;
        this.outbox = outbox;
        this.sending = sending;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Newest first. */
    public List<Campaign> all() {
        return table.all();
    }

    public Optional<Campaign> find(long id) {
        return table.find(id);
    }

    /** Every change, newest first. */
    public List<CampaignChange> history(long id) {
        return table.history(id);
    }

    @Transactional
    public Campaign define(CampaignDraft draft, String by, String reason) {
        CampaignDraft checked = checked(draft);
        return table.find(table.insert(checked, by, clock.instant(), why(reason))).orElseThrow();
    }

    /** @param seen the version the manager changed; a newer one means someone else changed it meanwhile */
    @Transactional
    public Campaign change(long id, int seen, CampaignDraft draft, String by, String reason) {
        Campaign current = table.find(id).orElseThrow(() -> unknown(id));
        if (current.status() != CampaignStatus.DRAFT) {
            throw new ApiException(HttpStatus.CONFLICT, "\u201c" + current.name() + "\u201d is " + words(current.status())
                    + ": only a draft can be changed", "status");
        }
        CampaignDraft checked = checked(draft);
        if (current.version() != seen || !table.update(id, seen, checked, by, clock.instant(), why(reason))) {
            throw stale(table.find(id).orElseThrow());
        }
        return table.find(id).orElseThrow();
    }

    /**
     * A second manager's approval launches the campaign: the audience is selected now and fixed, its
     * control group drawn, and the campaign process waits for the send time. The manager who made the
     * last change may not approve it.
     */
    @Transactional
    public Campaign approve(long id, int seen, String by, String reason) {
        Campaign current = locked(id);
        if (current.version() != seen) {
            throw stale(current);
        }
        if (current.status() != CampaignStatus.DRAFT) {
            throw new ApiException(HttpStatus.CONFLICT, "\u201c" + current.name() + "\u201d is " + words(current.status())
                    + " already", "status");
        }
        if (current.changedBy().equals(by)) {
            throw new ApiException(HttpStatus.CONFLICT, "A second manager approves a campaign's launch: you made its last"
                    + " change", "status");
        }
        String why = why(reason);
        CampaignDraft draft = checked(current.draft());
        List<String> audience = selection.customerIds(filter(draft));
        table.addRecipients(id, audience, customerId -> isHeldOut(current, customerId));
        table.move(current, CampaignStatus.SCHEDULED, by, clock.instant(), why);
        table.startedAs(id, runtime.startProcessInstanceByKey(PROCESS, current.reference(), Map.of(CAMPAIGN_ID, id,
                SEND_FROM, Date.from(draft.sendFrom()))).getId());
        return table.find(id).orElseThrow();
    }

    /**
     * Stops the campaign: customers still waiting are not contacted, and messages queued but not yet
     * sent are taken back from the outbox. A batch being sent is waited for, so nothing goes out after the stop.
     */
    @Transactional
    public Campaign stop(long id, String by, String reason) {
        Campaign current = locked(id);
        String why = why(reason);
        if (!current.status().stoppable()) {
            throw new ApiException(HttpStatus.CONFLICT, "\u201c" + current.name() + "\u201d is " + words(current.status())
                    + ": there is nothing left to stop", "status");
        }
        Instant now = clock.instant();
        String stopped = "Campaign stopped by " + by + ": " + why;
        table.stopWaiting(id, stopped, now);
        outbox.withdraw(messagePrefix(current), stopped);
        table.move(current, CampaignStatus.STOPPED, by, now, why);
        if (current.processInstanceId() != null) {
            runtime.createMessageCorrelation(STOPPED_MESSAGE).processInstanceId(current.processInstanceId())
                    .correlateAllWithResult();
        }
        return table.find(id).orElseThrow();
    }

    /**
     * What a launch would do at the send time (now, once that has passed), with what is known of the
     * customers now: the same policies as the sending, nothing written. Customers whose quiet hours
     * hold the send time would wait for them to end, as the sending does.
     */
    public DryRun dryRun(long id) {
        Campaign campaign = table.find(id).orElseThrow(() -> unknown(id));
        Instant now = clock.instant();
        Instant at = campaign.draft().sendFrom().isAfter(now) ? campaign.draft().sendFrom() : now;
        Action action = contacts.campaignAction(campaign.draft().actionId());
        List<String> audience = selection.customerIds(filter(campaign.draft(), action));
        List<String> reached = audience.stream().filter(customerId -> !isHeldOut(campaign, customerId)).toList();
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, Long> byPolicy = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        long waiting = 0;
        for (int from = 0; from < reached.size(); from += CampaignSending.MAX_BATCH) {
            List<String> chunk = reached.subList(from, Math.min(reached.size(), from + CampaignSending.MAX_BATCH));
            List<CustomerContext> contexts = new ArrayList<>();
            for (CustomerContext context : customers.contexts(chunk)) {
                if (sending.quietHoursEnd(context, at).isPresent()) {
                    waiting++;
                } else {
                    contexts.add(context);
                }
            }
            for (CampaignContacts.Verdict verdict : contacts.dryRun(contexts, action,
                    campaign.draft().channels(), why(campaign), at)) {
                if (verdict.allowed()) {
                    byChannel.merge(verdict.channel().name(), 1L, Long::sum);
                } else {
                    byPolicy.merge(verdict.refusal().rule(), 1L, Long::sum);
                    examples.putIfAbsent(verdict.refusal().rule(), verdict.refusal().reason());
                }
            }
        }
        List<DryRun.Suppressed> suppressed = new ArrayList<>();
        byPolicy.forEach((policy, count) -> suppressed.add(new DryRun.Suppressed(policy, count, examples.get(policy))));
        suppressed.sort(Comparator.comparingLong(DryRun.Suppressed::customers).reversed()
                .thenComparing(DryRun.Suppressed::policy));
        return new DryRun(audience.size(), audience.size() - reached.size(), waiting,
                byChannel.values().stream().mapToLong(Long::longValue).sum(),
                byChannel.entrySet().stream().map(entry -> new CampaignTally.Count(entry.getKey(), entry.getValue())).toList(),
                suppressed, at);
    }

    /** What became of the audience so far, and the answers to what went out. */
    public CampaignTally tally(long id) {
        Campaign campaign = table.find(id).orElseThrow(() -> unknown(id));
        Map<String, Long> states = new TreeMap<>();
        table.states(id).forEach(count -> states.put(count.label(), count.count()));
        return new CampaignTally(states.values().stream().mapToLong(Long::longValue).sum(),
                states.getOrDefault("HOLDOUT", 0L), states.getOrDefault("WAITING", 0L), states.getOrDefault("QUEUED", 0L),
                states.getOrDefault("SUPPRESSED", 0L), states.getOrDefault("STOPPED", 0L), table.suppressedBy(id),
                counts(outbox.statuses(messagePrefix(campaign))), counts(contacts.answers(campaign.reference())));
    }

    /** The words a reason is logged with for every contact of the campaign. */
    static String why(Campaign campaign) {
        return "Campaign \u201c" + campaign.name() + "\u201d (" + campaign.reference() + ") chose it for its segment";
    }

    /** The outbox keys of a campaign's messages start with this; one per customer, so none gets it twice. */
    static String messagePrefix(Campaign campaign) {
        return campaign.reference() + ":";
    }

    static String messageKey(Campaign campaign, String customerId) {
        return messagePrefix(campaign) + customerId;
    }

    private static boolean isHeldOut(Campaign campaign, String customerId) {
        return HoldoutGroups.isDrawn(customerId, campaign.reference(), campaign.draft().holdoutPercent() / 100.0);
    }

    private static List<CampaignTally.Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> new CampaignTally.Count(entry.getKey(), entry.getValue())).toList();
    }

    private Campaign locked(long id) {
        return table.lock(id).orElseThrow(() -> unknown(id));
    }

    private CustomerFilter filter(CampaignDraft draft) {
        return filter(draft, contacts.campaignAction(draft.actionId()));
    }

    private static CustomerFilter filter(CampaignDraft draft, Action action) {
        return draft.audience().filter(action.consentPurpose(), draft.channels());
    }

    /** The draft as it may be kept, or a 400 naming the first field to fix. */
    private CampaignDraft checked(CampaignDraft draft) {
        if (draft.name() == null || draft.name().isEmpty() || draft.name().length() > MAX_NAME) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Give the campaign a name of at most " + MAX_NAME + " characters",
                    "name");
        }
        if (draft.actionId() == null || draft.actionId().isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Choose the action the campaign offers", "actionId");
        }
        Action action = contacts.campaignAction(draft.actionId());
        if (draft.channels().isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Choose at least one channel: " + OutboundMessage.OUTBOUND_CHANNELS,
                    "channels");
        }
        for (Channel channel : draft.channels()) {
            if (!OutboundMessage.OUTBOUND_CHANNELS.contains(channel)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, channel + " is a channel customers come to us through; a"
                        + " campaign reaches out by " + OutboundMessage.OUTBOUND_CHANNELS, "channels");
            }
            if (!action.isDeliverableThrough(channel)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "\u201c" + action.name() + "\u201d is delivered by "
                        + action.channels().stream().filter(OutboundMessage.OUTBOUND_CHANNELS::contains).sorted().toList()
                        + ", not " + channel, "channels");
            }
        }
        if (draft.message() == null || draft.message().isEmpty() || draft.message().length() > MAX_MESSAGE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Write the message the customer reads, at most " + MAX_MESSAGE
                    + " characters", "message");
        }
        if (draft.holdoutPercent() < 0 || draft.holdoutPercent() > MAX_HOLDOUT_PERCENT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The holdout is 0 to " + MAX_HOLDOUT_PERCENT + " % of the"
                    + " audience", "holdoutPercent");
        }
        if (draft.sendFrom() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say when the campaign starts sending", "sendFrom");
        }
        if (draft.perMinute() < 1 || draft.perMinute() > MAX_PER_MINUTE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The rate is 1 to " + MAX_PER_MINUTE + " customers a minute",
                    "perMinute");
        }
        checked(draft.audience());
        if (selection.count(filter(draft, action)) == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "No customer of this segment"
                    + (action.consentPurpose() == null || !draft.audience().consentedOnly() ? "" : " agreed to "
                    + action.consentPurpose().name().toLowerCase() + " messages by " + draft.channels())
                    + ": widen the segment", "audience");
        }
        return draft;
    }

    private static void checked(Audience audience) {
        range(audience.minTenureMonths(), audience.maxTenureMonths(), 0, "tenure", "months");
        range(audience.minClv(), audience.maxClv(), BigDecimal.ZERO, "CLV", "");
        if (!PRODUCT_LINES.containsAll(audience.productLines())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Product lines are " + new TreeSet<>(PRODUCT_LINES),
                    "audience");
        }
        if (audience.areas().stream().anyMatch(area -> !AREA.matcher(area).matches())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "An area is a postcode area of one or two letters, like M or EH",
                    "audience");
        }
        if (audience.device() != null && audience.device().length() > 60) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The device is part of a model's name, at most 60 characters",
                    "audience");
        }
    }

    private static <T extends Comparable<T>> void range(T min, T max, T zero, String what, String unit) {
        if (min != null && min.compareTo(zero) < 0 || max != null && max.compareTo(zero) < 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The " + what + " bounds are not negative", "audience");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The " + what + " from " + min + " is above the " + what
                    + " to " + max + (unit.isEmpty() ? "" : " " + unit), "audience");
        }
    }

    private static String why(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Say why, in at most " + MAX_REASON + " characters: the"
                    + " campaign's history keeps it", "reason");
        }
        return reason.strip();
    }

    static String words(CampaignStatus status) {
        return status.name().toLowerCase();
    }

    private static ApiException unknown(long id) {
        return new ApiException(HttpStatus.NOT_FOUND, "No campaign " + id);
    }

    private static ApiException stale(Campaign current) {
        return new ApiException(HttpStatus.CONFLICT, current.changedBy() + " changed \u201c" + current.name()
                + "\u201d meanwhile (version " + current.version() + "): open it again and redo your change", "version");
    }
}
