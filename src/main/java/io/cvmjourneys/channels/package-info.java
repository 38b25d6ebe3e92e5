/**
 * Outbound communications through a transactional outbox. Journeys call
 * {@link io.cvmjourneys.channels.OutboundMessages#queue} inside their step's transaction; consent
 * and quiet hours are settled there. The {@link io.cvmjourneys.channels.OutboxDispatcher} sends due
 * messages through one {@link io.cvmjourneys.channels.ChannelAdapter} per outbound channel (SMS,
 * e-mail, push, telesales call list) and records each contact in the customer's history.
 */
package io.cvmjourneys.channels;
