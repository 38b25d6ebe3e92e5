package io.cvmjourneys.nba;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * An entry of the action catalog: what the operator can do for a customer, in which program and
 * channels, what it is worth, when it is valid, and whether a CVM manager has paused it.
 * {@code consentPurpose} is what the customer must have agreed to for outbound delivery (null: none needed);
 * {@code programLive} whether its program is live (not a draft, paused or retired).
 */
public record Action(String id, String name, String program, ActionKind kind, Set<Channel> channels, BigDecimal value,
                     LocalDate validFrom, LocalDate validUntil, boolean paused, ConsentPurpose consentPurpose,
                     boolean programLive) {

    public Action {
        channels = Set.copyOf(channels);
    }

    public boolean isCommercial() {
        return kind == ActionKind.COMMERCIAL;
    }

    public boolean isMandatory() {
        return kind == ActionKind.MANDATORY;
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean isDeliverableThrough(Channel channel) {
        return channels.contains(channel);
    }
}
