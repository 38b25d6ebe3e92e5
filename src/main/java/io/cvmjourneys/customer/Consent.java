package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;

/** A consent the customer has given: contact for this purpose through this channel. */
public record Consent(ConsentPurpose purpose, Channel channel) {
}
