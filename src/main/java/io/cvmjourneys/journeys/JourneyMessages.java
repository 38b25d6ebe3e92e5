package io.cvmjourneys.journeys;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.channels.OutboundMessage;
import io.cvmjourneys.channels.OutboundMessages;
import io.cvmjourneys.channels.QueuedMessage;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * How a journey step writes to its customer: through the channels outbox, in the step's own
 * transaction, once per step (the step's reference is the message's idempotency key).
 */
@Component
public class JourneyMessages {

    private final OutboundMessages outbox;
    private final CustomerDirectory customers;

    JourneyMessages(OutboundMessages outbox, CustomerDirectory customers) {
        this.outbox = outbox;
        this.customers = customers;
    }

    /** By e-mail when the customer gave an address, else by SMS. */
    public QueuedMessage send(DelegateExecution execution, MessageKind kind, String template, Map<String, String> parameters) {
        return send(execution, usualChannel(execution), kind, template, parameters);
    }

    /** From a step the journey runs again on purpose, by e-mail when the customer gave an address, else by SMS. */
    public QueuedMessage sendInRound(DelegateExecution execution, int round, MessageKind kind, String template,
                                     Map<String, String> parameters) {
        return sendInRound(execution, round, usualChannel(execution), kind, template, parameters);
    }

    /**
     * To another customer than the journey's (the friend who referred the journey's customer, say), by
     * e-mail when they gave an address, else by SMS.
     */
    public QueuedMessage sendTo(DelegateExecution execution, String customerId, MessageKind kind, String template,
                                Map<String, String> parameters) {
        return outbox.queue(new OutboundMessage(customerId, usualChannel(customerId), kind, template, parameters,
                JourneySteps.reference(execution)));
    }

    private Channel usualChannel(DelegateExecution execution) {
        return usualChannel(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID));
    }

    private Channel usualChannel(String customerId) {
        boolean hasEmail = customers.context(customerId).map(context -> context.customer().email() != null).orElse(false);
        return hasEmail ? Channel.EMAIL : Channel.SMS;
    }

    /** Through the given channel (by SMS to a customer abroad, say). */
    public QueuedMessage send(DelegateExecution execution, Channel channel, MessageKind kind, String template,
                              Map<String, String> parameters) {
        return send(execution, channel, kind, template, parameters, JourneySteps.reference(execution));
    }

    /** From a step the journey runs again on purpose: each round's message is queued once. */
    public QueuedMessage sendInRound(DelegateExecution execution, int round, Channel channel, MessageKind kind, String template,
                                     Map<String, String> parameters) {
        return send(execution, channel, kind, template, parameters, JourneySteps.reference(execution, round));
    }

    private QueuedMessage send(DelegateExecution execution, Channel channel, MessageKind kind, String template,
                               Map<String, String> parameters, String reference) {
        return outbox.queue(new OutboundMessage(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), channel,
                kind, template, parameters, reference));
    }

    /** Through the channel a next-best-action decision chose, delivering that decision's action. */
    public QueuedMessage sendAction(DelegateExecution execution, Channel channel, MessageKind kind, String template,
                                    Map<String, String> parameters, String actionId, String decisionId) {
        return outbox.queue(new OutboundMessage(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                channel, kind, template, parameters, JourneySteps.reference(execution), actionId, decisionId));
    }

    /**
     * The journey's variables a template may name, under their own names: texts as they are, amounts
     * with two decimals as on a bill, whole numbers as digits. Variables the journey has not set are left out.
     */
    public static Map<String, String> parameters(DelegateExecution execution, List<String> texts, List<String> amounts,
                                                 List<String> counts) {
        Map<String, String> parameters = new HashMap<>();
        texts.forEach(name -> {
            if (execution.getVariable(name) instanceof String value) {
                parameters.put(name, value);
            }
        });
        amounts.forEach(name -> {
            if (execution.getVariable(name) instanceof Number amount) {
                parameters.put(name, BigDecimal.valueOf(amount.doubleValue()).setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
        });
        counts.forEach(name -> {
            if (execution.getVariable(name) instanceof Number count) {
                parameters.put(name, String.valueOf(count.longValue()));
            }
        });
        return parameters;
    }
}
