package io.cvmjourneys.journeys.renewal;

import io.cvmjourneys.journeys.OfferAnswers;
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

    private final OfferAnswers answers;

    RecordRenewalAnswer(OfferAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = OfferAnswers.outcomeOf(execution.getVariable(RenewalVariables.RENEWAL_RESPONSE));
        execution.setVariable(RenewalVariables.RENEWAL_RESPONSE, outcome.name());
        answers.record(execution, RenewalVariables.RENEWAL_DECISION_ID, RenewalVariables.RENEWAL_OFFER, outcome, RECORDED_BY);
        answers.record(execution, NextBestActionVariables.DECISION_ID, NextBestActionVariables.BEST_ACTION, outcome, RECORDED_BY);
    }
}
