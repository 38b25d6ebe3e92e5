package io.cvmjourneys.channels;

/** What a channel's gateway reports back on a message it sent. */
public enum DeliveryReport {
    /** The number or address takes no messages (unknown, full, blocked): the customer did not get it. */
    BOUNCED,
    /** The customer asked for no more such messages from the channel (STOP, unsubscribe). */
    OPTED_OUT
}
