package io.cvmjourneys.nba;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a CVM manager defines of an action, new or changed: everything but its pause, which stays as it is.
 *
 * @param consentPurpose what the customer must have agreed to for outbound delivery; null: none needed
 */
public record ActionDraft(String name, String program, ActionKind kind, Set<Channel> channels, BigDecimal value,
                          LocalDate validFrom, LocalDate validUntil, ConsentPurpose consentPurpose) {

    public ActionDraft {
        channels = channels == null ? Set.of()
                : channels.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        name = name == null ? null : name.strip();
        program = program == null ? null : program.strip();
    }

    /** The action as it is defined now. */
    public static ActionDraft of(Action action) {
        return new ActionDraft(action.name(), action.program(), action.kind(), action.channels(), action.value(),
                action.validFrom(), action.validUntil(), action.consentPurpose());
    }

    /** Whether the draft defines the action as it is already (values compared, not their scale). */
    public boolean sameAs(Action action) {
        ActionDraft now = of(action);
        return name.equals(now.name) && program.equals(now.program) && kind == now.kind && channels.equals(now.channels)
                && value.compareTo(now.value) == 0 && Objects.equals(validFrom, now.validFrom)
                && Objects.equals(validUntil, now.validUntil) && consentPurpose == now.consentPurpose;
    }
}
