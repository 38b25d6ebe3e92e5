package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Candidate;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/** An action can only be proposed where it can be delivered, and only on the days it is valid (operator's calendar). */
@Rule(name = DeliverabilityPolicy.NAME, priority = DeliverabilityPolicy.PRIORITY,
        description = "An action not deliverable through the channel, or outside its validity dates, is removed")
public class DeliverabilityPolicy {

    public static final String NAME = "Deliverability";
    public static final int PRIORITY = 20;

    @Condition
    public boolean hasUndeliverableActions(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        LocalDate today = arbitrationCase.today();
        return arbitrationCase.standing().stream()
                .anyMatch(candidate -> whyUndeliverable(candidate, arbitrationCase.channel(), today).isPresent());
    }

    @Action
    public void suppressUndeliverableActions(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        LocalDate today = arbitrationCase.today();
        for (Candidate candidate : arbitrationCase.standing()) {
            whyUndeliverable(candidate, arbitrationCase.channel(), today)
                    .ifPresent(reason -> arbitrationCase.suppress(candidate, NAME, reason));
        }
    }

    private static Optional<String> whyUndeliverable(Candidate candidate, Channel channel, LocalDate today) {
        var action = candidate.action();
        if (!action.isDeliverableThrough(channel)) {
            return Optional.of("Action " + action.id() + " cannot be delivered through " + channel
                    + " (" + channelsOf(candidate) + ")");
        }
        if (!action.isValidOn(today)) {
            return Optional.of("Action " + action.id() + " is not valid today (" + today + "): valid "
                    + validity(action.validFrom(), action.validUntil()));
        }
        return Optional.empty();
    }

    private static String channelsOf(Candidate candidate) {
        if (candidate.action().channels().isEmpty()) {
            return "it has no channel";
        }
        // enum order, so the same action always reads the same in the decision log
        return "only " + candidate.action().channels().stream().sorted().map(Channel::name)
                .collect(Collectors.joining(", "));
    }

    private static String validity(LocalDate from, LocalDate until) {
        if (from == null) {
            return "until " + until;
        }
        return until == null ? "from " + from : "from " + from + " until " + until;
    }
}
