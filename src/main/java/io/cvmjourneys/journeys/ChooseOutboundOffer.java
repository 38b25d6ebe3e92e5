package io.cvmjourneys.journeys;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionVariables;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A journey's offer to a customer who is not in front of us: the program's best offer through the
 * first of the step's channels where the next-best-action engine lets one through (see
 * {@link NextBestOffers}). Input parameters: {@code journeyStep}, {@code offerProgram} and, when the
 * step prefers other channels than {@link NextBestOffers#OUTBOUND_PREFERENCE}, {@code offerChannels}
 * ("SMS,PUSH"). It leaves the decision in the variables an agent's call decision leaves, so pricing
 * and recording the answer read one set, and the channel in {@value #OFFER_CHANNEL}; with no channel
 * allowed both stay empty.
 */
@Component("chooseOutboundOffer")
public class ChooseOutboundOffer implements JavaDelegate {

    /** The channel the offer may go through, or null. */
    public static final String OFFER_CHANNEL = "offerChannel";
    static final String OFFER_PROGRAM = "offerProgram";
    static final String OFFER_CHANNELS = "offerChannels";

    private final NextBestOffers offers;

    ChooseOutboundOffer(NextBestOffers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(OFFER_CHANNEL, null);
        execution.setVariable(NextBestActionVariables.BEST_ACTION, null);
        execution.setVariable(NextBestActionVariables.BEST_ACTION_NAME, null);
        MomentType moment = MomentType.valueOf(JourneySteps.required(execution, JourneyStartVariables.MOMENT_TYPE));
        offers.firstOffer(execution, moment, channels(execution),
                        JourneySteps.required(execution, NextBestActionVariables.JOURNEY_STEP),
                        JourneySteps.required(execution, OFFER_PROGRAM))
                .ifPresent(chosen -> {
                    execution.setVariable(OFFER_CHANNEL, chosen.channel().name());
                    execution.setVariable(NextBestActionVariables.DECISION_ID, chosen.decisionId());
                    execution.setVariable(NextBestActionVariables.BEST_ACTION, chosen.action().actionId());
                    execution.setVariable(NextBestActionVariables.BEST_ACTION_NAME, chosen.action().name());
                });
    }

    private static List<Channel> channels(DelegateExecution execution) {
        Object listed = execution.getVariableLocal(OFFER_CHANNELS);
        return listed == null ? NextBestOffers.OUTBOUND_PREFERENCE
                : Arrays.stream(String.valueOf(listed).split("\\s*,\\s*")).map(Channel::valueOf).toList();
    }
}
