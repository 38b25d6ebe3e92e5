package io.cvmjourneys.journeys.renewal;

import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.nba.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer's answer as the journey goes on with it: what the agent recorded or the customer sent,
 * else no answer (unreached, or silent by the deadline). It goes to the decision log against the offer
 * the customer was made, by message or on the call, so the offer's acceptance counts every answer, not
 * only the yeses; a call without an offer (the engine allowed none) records nothing there.
 */
@Component("recordRenewalAnswer")
class RecordRenewalAnswer implements JavaDelegate {

    static final String RECORDED_BY = "journey " + RenewalVariables.PROCESS_ID;

    private final NextBestActionService nextBestActions;

    RecordRenewalAnswer(NextBestActionService nextBestActions) {
        this.nextBestActions = nextBestActions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object given = execution.getVariable(RenewalVariables.RENEWAL_RESPONSE);
        Outcome outcome = "ACCEPTED".equals(given) ? Outcome.ACCEPTED : "DECLINED".equals(given) ? Outcome.DECLINED : Outcome.NO_ANSWER;
        execution.setVariable(RenewalVariables.RENEWAL_RESPONSE, outcome.name());
        record(execution, RenewalVariables.RENEWAL_DECISION_ID, RenewalVariables.RENEWAL_OFFER, outcome);
        record(execution, NextBestActionVariables.DECISION_ID, NextBestActionVariables.BEST_ACTION, outcome);
    }

    private void record(DelegateExecution execution, String decisionVariable, String actionVariable, Outcome outcome) {
        Object decisionId = execution.getVariable(decisionVariable);
        Object actionId = execution.getVariable(actionVariable);
        if (decisionId != null && actionId != null) {
            nextBestActions.recordOutcome(decisionId.toString(), actionId.toString(), outcome, RECORDED_BY);
        }
    }
}
