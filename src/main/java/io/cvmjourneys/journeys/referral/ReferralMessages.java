package io.cvmjourneys.journeys.referral;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The referral's messages: the input parameter {@value #TEMPLATE} names the template and
 * {@value #RECIPIENT} who gets it, the friend (the journey's customer) or the referrer. Templates
 * name both people: {@code friendName} and {@code referrerName}.
 */
@Component("sendReferralMessage")
class ReferralMessages implements JavaDelegate {

    static final String TEMPLATE = "template";
    static final String RECIPIENT = "recipient";
    static final String REFERRER = "REFERRER";
    static final String FRIEND_NAME = "friendName";
    private static final List<String> TEXTS = List.of(ReferralVariables.REFERRER_NAME, ReferralVariables.REFERRER_REWARD_TEXT,
            ReferralVariables.FRIEND_REWARD_TEXT, ReferralVariables.QUALIFYING_ENDS_ON);

    private final JourneyMessages messages;

    ReferralMessages(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> parameters = JourneyMessages.parameters(execution, TEXTS, List.of(), List.of());
        parameters.put(FRIEND_NAME, JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME));
        String template = JourneySteps.required(execution, TEMPLATE);
        if (REFERRER.equals(execution.getVariable(RECIPIENT))) {
            messages.sendTo(execution, JourneySteps.required(execution, ReferralVariables.REFERRER_ID), MessageKind.SERVICE,
                    template, parameters);
        } else {
            messages.send(execution, MessageKind.SERVICE, template, parameters);
        }
    }
}
