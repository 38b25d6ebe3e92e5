package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Candidate;
import io.cvmjourneys.nba.NbaPolicies;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * Too many messages turn into noise and opt-outs: an outbound channel with a weekly cap reaches the
 * customer at most that many times in any 7 days, and all outbound channels together at most their
 * common cap, when one is set.
 */
@Rule(name = ContactCapPolicy.NAME, priority = ContactCapPolicy.PRIORITY,
        description = "In outbound channels, once the weekly contact cap is reached, non-mandatory actions are removed")
public class ContactCapPolicy {

    public static final String NAME = "Contact cap";
    public static final int PRIORITY = 100;

    private static final Duration WEEK = Duration.ofDays(7);

    private final NbaPolicies.Contact contact;

    public ContactCapPolicy(NbaPolicies policies) {
        this.contact = policies.contact();
    }

    @Condition
    public boolean isCapReached(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return whyCapReached(arbitrationCase).isPresent();
    }

    @Action
    public void suppressOutboundContact(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        String reason = whyCapReached(arbitrationCase).orElseThrow();
        for (Candidate candidate : arbitrationCase.standing()) {
            OutboundLimit.enforce(arbitrationCase, candidate, NAME, reason, "Mandatory: bypassed the cap, " + reason);
        }
    }

    /** The channel's own cap first, then the cap over all outbound channels together. */
    private Optional<String> whyCapReached(ArbitrationCase arbitrationCase) {
        Channel channel = arbitrationCase.channel();
        if (!contact.isOutbound(channel)) {
            return Optional.empty();
        }
        Instant weekAgo = arbitrationCase.now().minus(WEEK);
        Integer cap = contact.weeklyCaps().get(channel);
        long contacts = arbitrationCase.context().contactsSince(channel, weekAgo);
        if (cap != null && contacts >= cap) {
            return Optional.of(contacts + " contacts by " + arbitrationCase.words("channel", channel)
                    + " in the last 7 days, the weekly cap is " + cap);
        }
        Integer overall = contact.weeklyCapAllChannels();
        long everywhere = contact.outboundChannels().stream()
                .mapToLong(outbound -> arbitrationCase.context().contactsSince(outbound, weekAgo)).sum();
        return overall != null && everywhere >= overall
                ? Optional.of(everywhere + " contacts over all outbound channels in the last 7 days, the weekly cap"
                        + " over all of them is " + overall)
                : Optional.empty();
    }
}
