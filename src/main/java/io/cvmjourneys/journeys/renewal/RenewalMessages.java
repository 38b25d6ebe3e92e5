package io.cvmjourneys.journeys.renewal;

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
 * The journey's service messages (the confirmation of the new terms, what the next bill holds when
 * the contract ends): the input parameter {@value #TEMPLATE} names the template, whose placeholders
 * are named after the journey's variables.
 */
@Component("sendRenewalMessage")
class RenewalMessages implements JavaDelegate {

    static final String TEMPLATE = "template";
    private static final List<String> TEXTS = List.of(JourneyVariables.CUSTOMER_NAME, RenewalVariables.CURRENT_PLAN,
            RenewalVariables.CONTRACT_END, RenewalVariables.RENEWAL_PLAN, RenewalVariables.NEW_CONTRACT_END,
            RenewalVariables.RENEWAL_OFFER_NAME);
    private static final List<String> AMOUNTS = List.of(RenewalVariables.CURRENT_MONTHLY_FEE, RenewalVariables.RENEWAL_MONTHLY_FEE);

    private final JourneyMessages messages;

    RenewalMessages(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.send(execution, MessageKind.SERVICE, JourneySteps.required(execution, TEMPLATE), parameters(execution));
    }

    /** The journey's variables a template may name. */
    static Map<String, String> parameters(DelegateExecution execution) {
        return JourneyMessages.parameters(execution, TEXTS, AMOUNTS, List.of(RenewalVariables.RENEWAL_MONTHS));
    }
}
