package io.cvmjourneys.journeys.retention;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.ChooseOutboundOffer;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.NextBestActionVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the save offer and its terms through the channel the next-best-action engine allowed, as that
 * decision's action. BPMN: {@code camunda:delegateExpression="${sendSaveOffer}"}.
 */
@Component("sendSaveOffer")
class SaveMessages implements JavaDelegate {

    static final String OFFER_TEMPLATE = "save-offer";
    private static final List<String> TEXTS = List.of(JourneyVariables.CUSTOMER_NAME,
            NextBestActionVariables.BEST_ACTION_NAME, RetentionVariables.SAVE_TERMS);

    private final JourneyMessages messages;

    SaveMessages(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.sendAction(execution, Channel.valueOf(JourneySteps.required(execution, ChooseOutboundOffer.OFFER_CHANNEL)),
                MessageKind.COMMERCIAL, OFFER_TEMPLATE, parameters(execution),
                JourneySteps.required(execution, NextBestActionVariables.BEST_ACTION),
                JourneySteps.required(execution, NextBestActionVariables.DECISION_ID));
    }

    static Map<String, String> parameters(DelegateExecution execution) {
        return JourneyMessages.parameters(execution, TEXTS, List.of(), List.of());
    }
}
