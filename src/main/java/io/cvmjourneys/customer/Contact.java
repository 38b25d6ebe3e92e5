package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;

/** One time the operator reached the customer with an action, through a channel. */
public record Contact(Channel channel, String actionId, String decisionId, Instant contactedAt) {
}
