package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.NextBestOffers;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the next-best-action engine for a winback offer through the outbound channels in order of
 * preference; consent, quiet hours and caps are the engine's policies. The first channel with a
 * commercial offer of this program wins; none leaves {@code winbackOffer} empty.
 */
@Component("chooseWinbackOffer")
class ChooseWinbackOffer implements JavaDelegate {

    static final String JOURNEY_STEP = "WINBACK";

    private final NextBestOffers offers;

    ChooseWinbackOffer(NextBestOffers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        offers.firstOffer(execution,
                        MomentType.valueOf(JourneySteps.required(execution, JourneyStartVariables.MOMENT_TYPE)),
                        NextBestOffers.OUTBOUND_PREFERENCE, JOURNEY_STEP, CancellationVariables.PROCESS_ID)
                .ifPresentOrElse(offer -> {
                    execution.setVariable(CancellationVariables.WINBACK_OFFER, offer.action().actionId());
                    execution.setVariable(CancellationVariables.WINBACK_OFFER_NAME, offer.action().name());
                    execution.setVariable(CancellationVariables.WINBACK_CHANNEL, offer.channel().name());
                    execution.setVariable(CancellationVariables.WINBACK_DECISION_ID, offer.decisionId());
                }, () -> execution.setVariable(CancellationVariables.WINBACK_OFFER, null));
    }
}
