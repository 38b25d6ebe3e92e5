package io.cvmjourneys.channels;

/** Where an outbound message stands. */
public enum MessageStatus {
    /** Waiting for its time (not before) or for a retry. */
    PENDING,
    /** Handed to the channel. */
    SENT,
    /** Given up after the configured number of attempts; the last error says why. */
    FAILED,
    /** Never sent: the customer did not consent; the reason says which consent was missing. */
    SUPPRESSED
}
