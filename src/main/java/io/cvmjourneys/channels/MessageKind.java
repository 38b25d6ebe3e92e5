package io.cvmjourneys.channels;

import io.cvmjourneys.customer.ConsentPurpose;
import java.util.Optional;

/** Why the operator writes to the customer; decides which consent a message needs and whether it waits out quiet hours. */
public enum MessageKind {
    /** Offers and promotions (a winback offer): needs marketing consent for the channel, waits out quiet hours. */
    COMMERCIAL(ConsentPurpose.MARKETING),
    /** About the customer's own service (a confirmation, a survey, a reminder): needs service consent, waits out quiet hours. */
    SERVICE(ConsentPurpose.SERVICE),
    /** What the operator must say whatever the customer chose (legal and billing notices): no consent, sent at once. */
    MANDATORY(null);

    private final ConsentPurpose consentPurpose;

    MessageKind(ConsentPurpose consentPurpose) {
        this.consentPurpose = consentPurpose;
    }

    /** The consent the customer must have given for the message's channel; empty for mandatory messages. */
    public Optional<ConsentPurpose> consentNeeded() {
        return Optional.ofNullable(consentPurpose);
    }

    public boolean waitsOutQuietHours() {
        return this != MANDATORY;
    }
}
