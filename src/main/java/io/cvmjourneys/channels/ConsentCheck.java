package io.cvmjourneys.channels;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.moments.Channel;
import java.util.Optional;

/** Consent per purpose and channel: commercial messages need marketing consent, service messages service consent. */
final class ConsentCheck {

    /** Why the message may not be sent, or empty when the customer agreed (or the message is mandatory). */
    static Optional<String> refusal(CustomerContext context, Channel channel, MessageKind kind) {
        return kind.consentNeeded()
                .filter(purpose -> !context.hasConsent(purpose, channel))
                .map(purpose -> "No " + purpose + " consent for " + channel + ": " + kind
                        + " messages need the customer's " + purpose + " consent for the channel");
    }

    private ConsentCheck() {
    }
}
