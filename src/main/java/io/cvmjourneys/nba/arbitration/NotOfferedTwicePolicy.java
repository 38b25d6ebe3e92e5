package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.customer.Contact;
import io.cvmjourneys.nba.Candidate;
import io.cvmjourneys.nba.NbaPolicies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * A save offer the customer has already had is not made again: a customer who turned down a proactive
 * save and then asks to leave hears something new from the cancellation team, not the same offer. What
 * the customer has had is the contact history: the offers that reached them (delivered, or answered in
 * a conversation) within its window. An offer answered in the conversation still going on stays on the
 * agent's page, where its answer can be corrected.
 */
@Rule(name = NotOfferedTwicePolicy.NAME, priority = NotOfferedTwicePolicy.PRIORITY,
        description = "A save offer that already reached the customer is not made a second time")
public class NotOfferedTwicePolicy {

    public static final String NAME = "Not offered twice";
    public static final int PRIORITY = 75;

    private final Set<String> savePrograms;

    public NotOfferedTwicePolicy(NbaPolicies policies) {
        this.savePrograms = Set.copyOf(policies.notOfferedTwice().programs());
    }

    @Condition
    public boolean isSaveOfferRepeated(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return !repeated(arbitrationCase).isEmpty();
    }

    @Action
    public void suppressRepeatedSaveOffers(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        repeated(arbitrationCase).forEach((candidate, contact) -> arbitrationCase.suppress(candidate, NAME,
                "Already offered on " + arbitrationCase.day(contact.contactedAt().atZone(arbitrationCase.zone()).toLocalDate())
                        + " through " + arbitrationCase.words("channel", contact.channel()) + ": a save offer is made once"));
    }

    /** Each standing save offer that reached the customer before, with the latest time it did. */
    private Map<Candidate, Contact> repeated(ArbitrationCase arbitrationCase) {
        Map<String, Contact> latest = arbitrationCase.context().recentContacts().stream()
                .filter(contact -> contact.actionId() != null && !arbitrationCase.isThisConversation(contact.decisionId()))
                .collect(Collectors.toMap(Contact::actionId, Function.identity(),
                        (one, other) -> one.contactedAt().isAfter(other.contactedAt()) ? one : other));
        return arbitrationCase.standing().stream()
                .filter(candidate -> !candidate.action().isMandatory())
                .filter(candidate -> savePrograms.contains(candidate.action().program()))
                .filter(candidate -> latest.containsKey(candidate.actionId()))
                .collect(Collectors.toMap(Function.identity(), candidate -> latest.get(candidate.actionId()),
                        (one, other) -> one, LinkedHashMap::new));
    }
}
