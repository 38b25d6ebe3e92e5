package io.cvmjourneys.journeys.renewal;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.NextBestOffers;
import io.cvmjourneys.moments.MomentType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the renewal offer through the first digital channel where the next-best-action engine lets
 * one of the program's offers through (consent, quiet hours, caps, debts, outages, complaints); with
 * none, {@value RenewalVariables#RENEWAL_CHANNEL} stays empty and an agent calls instead.
 */
@Component("sendRenewalOffer")
class SendRenewalOffer implements JavaDelegate {

    static final String TEMPLATE = "renewal-offer";
    static final String JOURNEY_STEP = "RENEWAL_OFFER";

    private final NextBestOffers offers;
    private final JourneyMessages messages;

    SendRenewalOffer(NextBestOffers offers, JourneyMessages messages) {
        this.offers = offers;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(RenewalVariables.RENEWAL_CHANNEL, null);
        offers.firstOffer(execution, MomentType.CONTRACT_ENDING, NextBestOffers.OUTBOUND_PREFERENCE, JOURNEY_STEP,
                RenewalVariables.PROGRAM).ifPresent(chosen -> {
            execution.setVariable(RenewalVariables.RENEWAL_CHANNEL, chosen.channel().name());
            execution.setVariable(RenewalVariables.RENEWAL_OFFER, chosen.action().actionId());
            execution.setVariable(RenewalVariables.RENEWAL_OFFER_NAME, chosen.action().name());
            execution.setVariable(RenewalVariables.RENEWAL_DECISION_ID, chosen.decisionId());
            messages.sendAction(execution, chosen.channel(), MessageKind.COMMERCIAL, TEMPLATE,
                    RenewalMessages.parameters(execution), chosen.action().actionId(), chosen.decisionId());
        });
    }
}
