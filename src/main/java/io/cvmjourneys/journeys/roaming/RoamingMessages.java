package io.cvmjourneys.journeys.roaming;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The journey's messages to the traveller (the rates on landing, the spending warning and cap, the
 * welcome home), by SMS, which reaches a phone abroad: the input parameter {@value #TEMPLATE} names
 * the template, whose placeholders are named after the journey's variables. The rates on landing and
 * the spending notices are the bill-shock notices the regulator requires: they go whatever the
 * customer's consents and at any hour; the rest are service messages.
 */
@Component("sendRoamingMessage")
class RoamingMessages implements JavaDelegate {

    static final String TEMPLATE = "template";
    static final Set<String> REQUIRED_NOTICES = Set.of("roaming-welcome", "roaming-spend-warning", "roaming-spend-capped");
    static final List<String> TEXTS = List.of(JourneyVariables.CUSTOMER_NAME, RoamingVariables.COUNTRY_NAME,
            RoamingVariables.ROAMING_PASS);
    static final List<String> AMOUNTS = List.of(RoamingVariables.PASS_PRICE, RoamingVariables.TRIP_SPENT, RoamingVariables.SPEND_CAP);
    static final List<String> COUNTS = List.of(RoamingVariables.PASS_DAYS, RoamingVariables.PASS_DATA_GB);

    private final JourneyMessages messages;

    RoamingMessages(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(messages, execution, JourneySteps.required(execution, TEMPLATE));
    }

    static void send(JourneyMessages messages, DelegateExecution execution, String template) {
        messages.send(execution, Channel.SMS, REQUIRED_NOTICES.contains(template) ? MessageKind.MANDATORY : MessageKind.SERVICE,
                template, JourneyMessages.parameters(execution, TEXTS, AMOUNTS, COUNTS));
    }
}
