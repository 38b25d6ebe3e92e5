package io.cvmjourneys.channels;

import io.cvmjourneys.moments.Channel;

/**
 * Hands rendered messages to one outbound channel. Exactly one adapter per outbound channel; the
 * in-process ones record what the customer would have received, a real gateway replaces one of them.
 */
public interface ChannelAdapter {

    Channel channel();

    /**
     * Runs inside the dispatcher's transaction: what it writes to the database commits with the
     * message's SENT. Throws when the channel did not take the message; the dispatcher retries it.
     * A remote gateway takes no part in the transaction, so a commit that fails after the gateway
     * accepted means the message goes again: gateways deduplicate by {@link Delivery#messageId()}.
     */
    void deliver(Delivery delivery);
}
