package io.cvmjourneys.journeys.upsell;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.nba.NextBestActionVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The journey's service messages (the confirmation of an upgrade): the input parameter
 * {@value #TEMPLATE} names the template, whose placeholders are named after the journey's variables.
 */
@Component("sendUpgradeMessage")
class UpsellMessages implements JavaDelegate {

    static final String TEMPLATE = "template";
    private static final List<String> TEXTS = List.of(JourneyVariables.CUSTOMER_NAME, UpsellVariables.CURRENT_PLAN,
            UpsellVariables.UPGRADE_PLAN, NextBestActionVariables.BEST_ACTION_NAME);
    private static final List<String> AMOUNTS = List.of(UpsellVariables.CURRENT_MONTHLY_FEE, UpsellVariables.UPGRADE_MONTHLY_FEE);

    private final JourneyMessages messages;

    UpsellMessages(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.send(execution, MessageKind.SERVICE, JourneySteps.required(execution, TEMPLATE), parameters(execution));
    }

    static Map<String, String> parameters(DelegateExecution execution) {
        return JourneyMessages.parameters(execution, TEXTS, AMOUNTS, List.of());
    }
}
