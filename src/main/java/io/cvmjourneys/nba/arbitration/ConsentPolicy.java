package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.nba.Candidate;
import io.cvmjourneys.nba.NbaPolicies;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * Reaching out needs the customer's consent for that purpose and channel. When the customer came to
 * us (call center, store, app, web) no consent is needed to answer them.
 */
@Rule(name = ConsentPolicy.NAME, priority = ConsentPolicy.PRIORITY,
        description = "In outbound channels, an action whose consent purpose the customer has not granted is removed")
public class ConsentPolicy {

    public static final String NAME = "Consent";
    public static final int PRIORITY = 80;

    private final NbaPolicies.Contact contact;

    public ConsentPolicy(NbaPolicies policies) {
        this.contact = policies.contact();
    }

    @Condition
    public boolean lacksConsentForOutboundActions(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return contact.isOutbound(arbitrationCase.channel())
                && arbitrationCase.standing().stream().anyMatch(candidate -> lacksConsent(candidate, arbitrationCase));
    }

    @Action
    public void suppressActionsWithoutConsent(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        for (Candidate candidate : arbitrationCase.standing()) {
            if (lacksConsent(candidate, arbitrationCase)) {
                ConsentPurpose purpose = candidate.action().consentPurpose();
                String missing = arbitrationCase.words("consent", purpose) + " consent for "
                        + arbitrationCase.words("channel", arbitrationCase.channel());
                OutboundLimit.enforce(arbitrationCase, candidate, NAME,
                        "Customer has not given " + missing + ": not sent",
                        "Mandatory: sent without " + missing);
            }
        }
    }

    private static boolean lacksConsent(Candidate candidate, ArbitrationCase arbitrationCase) {
        ConsentPurpose purpose = candidate.action().consentPurpose();
        return purpose != null && !arbitrationCase.context().hasConsent(purpose, arbitrationCase.channel());
    }
}
