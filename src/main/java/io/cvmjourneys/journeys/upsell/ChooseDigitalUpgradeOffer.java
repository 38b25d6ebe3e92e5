package io.cvmjourneys.journeys.upsell;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.NextBestOffers;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The upgrade offer that fits the moment, through the first digital channel where the next-best-action
 * engine lets one of the program's offers through; it leaves the decision in the same variables an
 * agent's call decision does, so pricing and recording read one set. With no channel allowed,
 * {@value UpsellVariables#UPGRADE_CHANNEL} stays empty and the journey asks for a call instead.
 */
@Component("chooseDigitalUpgradeOffer")
class ChooseDigitalUpgradeOffer implements JavaDelegate {

    static final String JOURNEY_STEP = "UPGRADE_OFFER";

    private final NextBestOffers offers;

    ChooseDigitalUpgradeOffer(NextBestOffers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(UpsellVariables.UPGRADE_CHANNEL, null);
        execution.setVariable(NextBestActionVariables.BEST_ACTION, null);
        MomentType moment = MomentType.valueOf(JourneySteps.required(execution, JourneyStartVariables.MOMENT_TYPE));
        offers.firstOffer(execution, moment, NextBestOffers.OUTBOUND_PREFERENCE, JOURNEY_STEP, UpsellVariables.PROGRAM)
                .ifPresent(chosen -> {
                    execution.setVariable(UpsellVariables.UPGRADE_CHANNEL, chosen.channel().name());
                    execution.setVariable(NextBestActionVariables.DECISION_ID, chosen.decisionId());
                    execution.setVariable(NextBestActionVariables.BEST_ACTION, chosen.action().actionId());
                    execution.setVariable(NextBestActionVariables.BEST_ACTION_NAME, chosen.action().name());
                });
    }
}
