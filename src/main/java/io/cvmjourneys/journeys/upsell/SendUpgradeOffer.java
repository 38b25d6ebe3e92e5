package io.cvmjourneys.journeys.upsell;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.ChooseOutboundOffer;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.NextBestActionVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the chosen, priced upgrade through the channel the next-best-action engine allowed, as that decision's action. */
@Component("sendUpgradeOffer")
class SendUpgradeOffer implements JavaDelegate {

    static final String TEMPLATE = "upgrade-offer";

    private final JourneyMessages messages;

    SendUpgradeOffer(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.sendAction(execution, Channel.valueOf(JourneySteps.required(execution, ChooseOutboundOffer.OFFER_CHANNEL)),
                MessageKind.COMMERCIAL, TEMPLATE, UpsellMessages.parameters(execution),
                JourneySteps.required(execution, NextBestActionVariables.BEST_ACTION),
                JourneySteps.required(execution, NextBestActionVariables.DECISION_ID));
    }
}
