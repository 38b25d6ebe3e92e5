package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.RankedAction;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the next-best-action engine what to offer while the call-center agent books the installation
 * with the customer; the agent presents the best commercial action of this program (an add-on for
 * the new home). The model's input parameter {@code journeyStep} names the service option
 * (CROSS_SELL_UPGRADE, …) so the candidates table can tell what reaches the new home.
 */
@Component("proposeNewHomeAddOn")
class ProposeNewHomeAddOn implements JavaDelegate {

    static final Channel PRESENTED_IN = Channel.CALL_CENTER;

    private final NextBestActionService nextBestActions;

    ProposeNewHomeAddOn(NextBestActionService nextBestActions) {
        this.nextBestActions = nextBestActions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NextBestActions answer = nextBestActions.decideInJourney(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                MomentType.MOVE_REQUESTED, PRESENTED_IN, JourneySteps.required(execution, NextBestActionVariables.JOURNEY_STEP),
                JourneySteps.journey(execution));
        Optional<RankedAction> addOn = answer.actions().stream()
                .filter(action -> action.kind() == ActionKind.COMMERCIAL && MovingHouseVariables.PROCESS_ID.equals(action.program()))
                .findFirst();
        execution.setVariable(NextBestActionVariables.DECISION_ID, answer.decisionId());
        execution.setVariable(NextBestActionVariables.BEST_ACTION, addOn.map(RankedAction::actionId).orElse(null));
        execution.setVariable(NextBestActionVariables.BEST_ACTION_NAME, addOn.map(RankedAction::name).orElse(null));
        execution.setVariable(NextBestActionVariables.ACTIONS,
                answer.actions().stream().map(RankedAction::actionId).collect(Collectors.joining(",")));
    }
}
