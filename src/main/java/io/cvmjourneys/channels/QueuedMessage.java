package io.cvmjourneys.channels;

import java.time.Instant;

/**
 * What became of a queued message.
 *
 * @param notBefore the earliest time it goes out (later than now during quiet hours); null when suppressed
 * @param reason    why it was suppressed or held back, in words for an agent; null when neither
 */
public record QueuedMessage(long id, MessageStatus status, Instant notBefore, String reason) {
}
