package io.cvmjourneys.journeys.roaming;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.ChooseOutboundOffer;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.NextBestActionVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the pass the tariff table chose through the channel the engine allowed, as the action the next-best-action decision allowed there. */
@Component("sendRoamingPassOffer")
class SendRoamingPassOffer implements JavaDelegate {

    static final String TEMPLATE = "roaming-pass-offer";

    private final JourneyMessages messages;

    SendRoamingPassOffer(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.sendAction(execution,
                Channel.valueOf(JourneySteps.required(execution, ChooseOutboundOffer.OFFER_CHANNEL)), MessageKind.COMMERCIAL, TEMPLATE,
                JourneyMessages.parameters(execution, RoamingMessages.TEXTS, RoamingMessages.AMOUNTS, RoamingMessages.COUNTS),
                JourneySteps.required(execution, NextBestActionVariables.BEST_ACTION),
                JourneySteps.required(execution, NextBestActionVariables.DECISION_ID));
    }
}
