package io.cvmjourneys.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.kpi.ActionTakeUp;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Action;
import io.cvmjourneys.nba.ActionCatalog;
import io.cvmjourneys.nba.ActionDraft;
import io.cvmjourneys.web.ApiException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A new action of the catalog, or a changed definition of one. The evidence says what changes, field by
 * field, and how the action did in the last 30 days (offered, answered, accepted, as the KPI pages count);
 * the channel team approves each channel the action is added to or taken from, and every channel
 * of a new action or of one whose name, kind or value changes (what the customer reads there). Going
 * live writes the definition into the catalog; a new action is offered once a decision table names it.
 */
@Component
class ActionChanges implements ChangeSubject {

    /** The evidence's window of how the action did, as the replay's. */
    private static final int TAKE_UP_DAYS = 30;

    private final ActionCatalog catalog;
    private final ActionTakeUp takeUp;
    private final Clock clock;
    private final ObjectMapper json;

    ActionChanges(ActionCatalog catalog, ActionTakeUp takeUp, Clock clock, ObjectMapper json) {
        this.catalog = catalog;
        this.takeUp = takeUp;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Set<ChangeKind> kinds() {
        return EnumSet.of(ChangeKind.ACTION);
    }

    @Override
    public String summary(ModelChanges.Proposal proposal) {
        return catalog.find(proposal.subject()).map(action -> "Changed action \u201c" + action.name() + "\u201d")
                .orElse("New action \u201c" + proposal.action().name() + "\u201d") + " (" + proposal.subject() + ")";
    }

    @Override
    public String check(ModelChanges.Proposal proposal) {
        catalog.check(proposal.subject(), proposal.action());
        catalog.find(proposal.subject()).filter(proposal.action()::sameAs).ifPresent(same -> {
            throw new ApiException(HttpStatus.CONFLICT, "\u201c" + same.name()
                    + "\u201d is defined so already: nothing would change", "action");
        });
        try {
            return json.writeValueAsString(proposal.action());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Evidence evidence(ModelChange change, String model) {
        ActionDraft proposed = draft(model);
        Optional<Action> current = catalog.find(change.subject());
        Map<Channel, String> touched = new TreeMap<>();
        if (current.isEmpty()) {
            proposed.channels().forEach(channel -> touched.put(channel, "A new action on this channel: \u201c"
                    + proposed.name() + "\u201d (" + proposed.kind() + ", worth " + proposed.value() + ")."));
            return new Evidence("A new action of the program " + proposed.program() + ": " + describe(proposed)
                    + "\nNo decision offers it until a decision table names it: propose the candidate table's new version"
                    + " with it too.", touched, Map.of());
        }
        ActionDraft now = ActionDraft.of(current.get());
        List<String> lines = new ArrayList<>();
        difference(lines, "Name", now, proposed, ActionDraft::name);
        difference(lines, "Program", now, proposed, ActionDraft::program);
        difference(lines, "Kind", now, proposed, ActionDraft::kind);
        difference(lines, "Channels", now, proposed, draft -> names(draft.channels()));
        difference(lines, "Value", now, proposed, draft -> draft.value().stripTrailingZeros().toPlainString());
        difference(lines, "Valid from", now, proposed, ActionDraft::validFrom);
        difference(lines, "Valid until", now, proposed, ActionDraft::validUntil);
        difference(lines, "Consent needed", now, proposed, ActionDraft::consentPurpose);
        boolean readsDifferently = !now.name().equals(proposed.name()) || now.kind() != proposed.kind()
                || now.value().compareTo(proposed.value()) != 0;
        proposed.channels().stream().filter(channel -> !now.channels().contains(channel))
                .forEach(channel -> touched.put(channel, "The action is added to this channel."));
        now.channels().stream().filter(channel -> !proposed.channels().contains(channel))
                .forEach(channel -> touched.put(channel, "The action is taken off this channel: its messages stop."));
        if (readsDifferently) {
            proposed.channels().forEach(channel -> touched.putIfAbsent(channel, "What the customer reads changes on this"
                    + " channel: " + String.join("; ", lines) + "."));
        }
        Instant today = clock.instant();
        return new Evidence("Changes to \u201c" + now.name() + "\u201d" + (current.get().paused() ? " (paused now)" : "")
                + ":\n" + String.join("\n", lines) + "\nIn the last " + TAKE_UP_DAYS + " days it was "
                + takeUp.between(change.subject(), today.minus(Duration.ofDays(TAKE_UP_DAYS)), today).summary() + ".",
                touched, Map.of());
    }

    @Override
    public Applied apply(ModelChange change, String model, String note) {
        boolean isNew = catalog.find(change.subject()).isEmpty();
        Action defined = catalog.define(change.subject(), draft(model), change.proposedBy(), note);
        return new Applied(true, "\u201c" + defined.name() + "\u201d is " + (isNew ? "in the catalog" : "changed") + " now. "
                + note);
    }

    private ActionDraft draft(String model) {
        try {
            return json.readValue(model, ActionDraft.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void difference(List<String> lines, String field, ActionDraft now, ActionDraft proposed,
                                       Function<ActionDraft, T> value) {
        T before = value.apply(now);
        T after = value.apply(proposed);
        if (!Objects.equals(before, after)) {
            lines.add(field + ": " + shown(before) + " \u2192 " + shown(after));
        }
    }

    private static String shown(Object value) {
        return value == null ? "none" : value.toString();
    }

    private static String names(Set<Channel> channels) {
        return channels.stream().sorted().map(Channel::name).collect(Collectors.joining(", "));
    }

    private static String describe(ActionDraft draft) {
        return draft.kind() + ", worth " + draft.value().stripTrailingZeros().toPlainString() + ", through "
                + names(draft.channels()) + (draft.validFrom() == null ? "" : ", from " + draft.validFrom())
                + (draft.validUntil() == null ? "" : ", until " + draft.validUntil())
                + (draft.consentPurpose() == null ? "" : ", needs " + draft.consentPurpose() + " consent") + ".";
    }
}
