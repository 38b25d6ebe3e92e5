package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.RankedAction;
import java.util.List;
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
    static final List<Channel> CHANNEL_PREFERENCE = List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH);

    private final NextBestActionService nextBestActions;

    ChooseWinbackOffer(NextBestActionService nextBestActions) {
        this.nextBestActions = nextBestActions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        MomentType moment = MomentType.valueOf(JourneySteps.required(execution, JourneyStartVariables.MOMENT_TYPE));
        for (Channel channel : CHANNEL_PREFERENCE) {
            NextBestActions answer = nextBestActions.decide(customerId, moment, channel, JOURNEY_STEP);
            for (RankedAction action : answer.actions()) {
                if (action.kind() == ActionKind.COMMERCIAL && CancellationVariables.PROCESS_ID.equals(action.program())) {
                    execution.setVariable(CancellationVariables.WINBACK_OFFER, action.actionId());
                    execution.setVariable(CancellationVariables.WINBACK_OFFER_NAME, action.name());
                    execution.setVariable(CancellationVariables.WINBACK_CHANNEL, channel.name());
                    execution.setVariable(CancellationVariables.WINBACK_DECISION_ID, answer.decisionId());
                    return;
                }
            }
        }
        execution.setVariable(CancellationVariables.WINBACK_OFFER, null);
    }
}
