package io.cvmjourneys.journeys.renewal;

import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer's answer as the journey goes on with it: what the agent recorded or the customer sent,
 * else no answer (unreached, or silent by the deadline). A digital offer's answer goes to the decision
 * log too, so the offer's acceptance counts every answer, not only the yeses.
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
        Object decisionId = execution.getVariable(RenewalVariables.RENEWAL_DECISION_ID);
        Object actionId = execution.getVariable(RenewalVariables.RENEWAL_OFFER);
        if (decisionId != null && actionId != null) {
            nextBestActions.recordOutcome(decisionId.toString(), actionId.toString(), outcome, RECORDED_BY);
        }
    }
}
