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

/**
 * An action can only be proposed where it can be delivered (its channels; by e-mail only to a customer
 * with an address), and only on the days it is valid (operator's calendar).
 */
@Rule(name = DeliverabilityPolicy.NAME, priority = DeliverabilityPolicy.PRIORITY,
        description = "An action not deliverable through the channel or to the customer, or outside its validity dates, is removed")
public class DeliverabilityPolicy {

    public static final String NAME = "Deliverability";
    public static final int PRIORITY = 20;

    @Condition
    public boolean hasUndeliverableActions(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        LocalDate today = arbitrationCase.today();
        return arbitrationCase.standing().stream()
                .anyMatch(candidate -> whyUndeliverable(candidate, arbitrationCase, today).isPresent());
    }

    @Action
    public void suppressUndeliverableActions(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        LocalDate today = arbitrationCase.today();
        for (Candidate candidate : arbitrationCase.standing()) {
            whyUndeliverable(candidate, arbitrationCase, today)
                    .ifPresent(reason -> arbitrationCase.suppress(candidate, NAME, reason));
        }
    }

    // the action's name is shown beside the reason: the reason need not repeat it
    private static Optional<String> whyUndeliverable(Candidate candidate, ArbitrationCase arbitrationCase, LocalDate today) {
        var action = candidate.action();
        Channel channel = arbitrationCase.channel();
        if (!action.isDeliverableThrough(channel)) {
            return Optional.of("Cannot be given in " + arbitrationCase.words("channel", channel)
                    + " (" + channelsOf(candidate, arbitrationCase) + ")");
        }
        if (channel == Channel.EMAIL && arbitrationCase.context().customer().email() == null) {
            return Optional.of("No e-mail address on file");
        }
        if (!action.isValidOn(today)) {
            return Optional.of("Not valid today (" + arbitrationCase.day(today) + "): valid "
                    + validity(action.validFrom(), action.validUntil(), arbitrationCase));
        }
        return Optional.empty();
    }

    private static String channelsOf(Candidate candidate, ArbitrationCase arbitrationCase) {
        if (candidate.action().channels().isEmpty()) {
            return "it has no channel";
        }
        // enum order, so the same action always reads the same in the decision log
        return "only in " + candidate.action().channels().stream().sorted()
                .map(channel -> arbitrationCase.words("channel", channel)).collect(Collectors.joining(", "));
    }

    private static String validity(LocalDate from, LocalDate until, ArbitrationCase arbitrationCase) {
        if (from == null) {
            return "until " + arbitrationCase.day(until);
        }
        return until == null ? "from " + arbitrationCase.day(from)
                : "from " + arbitrationCase.day(from) + " until " + arbitrationCase.day(until);
    }
}
