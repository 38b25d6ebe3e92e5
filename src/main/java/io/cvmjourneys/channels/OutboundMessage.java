package io.cvmjourneys.channels;

import io.cvmjourneys.moments.Channel;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message a journey wants to send to a customer.
 *
 * @param template       a template id, e.g. {@code cancellation-confirmation} (resources {@code channels/templates/})
 * @param parameters     the values of the template's {@code {{name}}} placeholders
 * @param idempotencyKey the same key queues one message only: journeys pass {@link #idempotencyKey(String, String)}
 * @param actionId       the next-best action the message delivers, if any (else the template counts as the action)
 * @param decisionId     the next-best-action decision that chose it, if any
 */
public record OutboundMessage(String customerId, Channel channel, MessageKind kind, String template,
                              Map<String, String> parameters, String idempotencyKey, String actionId, String decisionId) {

    /** Where the operator reaches out; the other channels are where customers come to the operator. */
    public static final Set<Channel> OUTBOUND_CHANNELS =
            Collections.unmodifiableSet(EnumSet.of(Channel.SMS, Channel.EMAIL, Channel.PUSH, Channel.TELESALES));

    public OutboundMessage {
        required(customerId, "customerId", 64);
        if (channel == null || !OUTBOUND_CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("channel " + channel + " is no outbound channel; messages go by one of "
                    + OUTBOUND_CHANNELS);
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required, one of " + List.of(MessageKind.values()));
        }
        required(template, "template", 60);
        parameters = parameters == null ? Map.of() : withValues(parameters);
        required(idempotencyKey, "idempotencyKey (a journey step passes processInstanceId:activityId)", 300);
        optional(actionId, "actionId", 60);
        optional(decisionId, "decisionId", 36);
    }

    /** A message that delivers no next-best action: a confirmation, a survey, a reminder. */
    public OutboundMessage(String customerId, Channel channel, MessageKind kind, String template,
                           Map<String, String> parameters, String idempotencyKey) {
        this(customerId, channel, kind, template, parameters, idempotencyKey, null, null);
    }

    /** The key of one step of one journey instance: a retried or re-correlated step finds its message queued already. */
    public static String idempotencyKey(String processInstanceId, String activityId) {
        return processInstanceId + ":" + activityId;
    }

    private static Map<String, String> withValues(Map<String, String> parameters) {
        parameters.forEach((name, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("parameter " + name + " has no value");
            }
        });
        return Map.copyOf(parameters);
    }

    private static void required(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        optional(value, name, maxLength);
    }

    private static void optional(String value, String name, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException(name + " has " + value.length() + " characters; at most " + maxLength);
        }
    }
}
