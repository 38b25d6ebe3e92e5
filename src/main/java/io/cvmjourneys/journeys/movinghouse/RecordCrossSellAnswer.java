package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.nba.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the decision log whether the customer took the add-on proposed for the new home while the
 * installation was booked: the cross-sell conversion KPI counts these answers.
 */
@Component("recordCrossSellAnswer")
class RecordCrossSellAnswer implements JavaDelegate {

    private final NextBestActionService nextBestActions;

    RecordCrossSellAnswer(NextBestActionService nextBestActions) {
        this.nextBestActions = nextBestActions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object decisionId = execution.getVariable(NextBestActionVariables.DECISION_ID);
        Object actionId = execution.getVariable(NextBestActionVariables.BEST_ACTION);
        if (decisionId != null && actionId != null) {
            nextBestActions.recordOutcome(decisionId.toString(), actionId.toString(),
                    Boolean.TRUE.equals(execution.getVariable(MovingHouseVariables.ADD_ON_ACCEPTED)) ? Outcome.ACCEPTED
                            : Outcome.DECLINED, MovingHouseVariables.RECORDED_BY);
        }
    }
}
