package io.cvmjourneys.nba;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The pipeline as a journey step: {@code camunda:delegateExpression="${decideNextBestAction}"}.
 * Decides for the journey's customer, moment and channel, and leaves the answer in variables.
 */
@Component("decideNextBestAction")
class DecideNextBestAction implements JavaDelegate {

    private final NextBestActionService service;

    DecideNextBestAction(NextBestActionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NextBestActions answer = service.decideInJourney(
                JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                MomentType.valueOf(JourneySteps.required(execution, JourneyStartVariables.MOMENT_TYPE)),
                Channel.valueOf(JourneySteps.required(execution, JourneyStartVariables.CHANNEL)),
                (String) execution.getVariable(NextBestActionVariables.JOURNEY_STEP), JourneySteps.journey(execution));
        RankedAction best = answer.actions().isEmpty() ? null : answer.actions().get(0);
        execution.setVariable(NextBestActionVariables.DECISION_ID, answer.decisionId());
        execution.setVariable(NextBestActionVariables.BEST_ACTION, best == null ? null : best.actionId());
        execution.setVariable(NextBestActionVariables.BEST_ACTION_NAME, best == null ? null : best.name());
        execution.setVariable(NextBestActionVariables.ACTIONS,
                answer.actions().stream().map(RankedAction::actionId).collect(Collectors.joining(",")));
    }
}
