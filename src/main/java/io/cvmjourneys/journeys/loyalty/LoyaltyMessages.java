package io.cvmjourneys.journeys.loyalty;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The membership's messages (welcome, expiring points, the monthly summary): the input parameter
 * {@value #TEMPLATE} names the template, whose placeholders are named after the journey's variables.
 * The monthly ones go out once a month each, however often the loop has run.
 */
@Component("sendLoyaltyMessage")
class LoyaltyMessages implements JavaDelegate {

    static final String TEMPLATE = "template";
    private static final List<String> TEXTS = List.of(JourneyVariables.CUSTOMER_NAME, LoyaltyVariables.TIER_NAME,
            LoyaltyVariables.TIER_BENEFITS, LoyaltyVariables.EXPIRING_BY);
    private static final List<String> COUNTS = List.of(LoyaltyVariables.POINTS_BALANCE, LoyaltyVariables.POINTS_LAST_12_MONTHS,
            LoyaltyVariables.POINTS_EXPIRING_SOON);

    private final JourneyMessages messages;

    LoyaltyMessages(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int round = ((Number) execution.getVariable(LoyaltyVariables.REVIEW_ROUND)).intValue();
        messages.sendInRound(execution, round, MessageKind.SERVICE, JourneySteps.required(execution, TEMPLATE),
                JourneyMessages.parameters(execution, TEXTS, List.of(), COUNTS));
    }
}
