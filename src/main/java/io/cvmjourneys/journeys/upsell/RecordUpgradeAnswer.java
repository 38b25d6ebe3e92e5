package io.cvmjourneys.journeys.upsell;

import io.cvmjourneys.journeys.OfferAnswers;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.nba.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer's answer as the journey goes on with it: what the agent recorded or the customer sent,
 * else no answer (unreached, or silent for two weeks). It goes to the decision log against the offer
 * made, by message or on the call, so the offer's acceptance counts every answer, not only the yeses.
 */
@Component("recordUpgradeAnswer")
class RecordUpgradeAnswer implements JavaDelegate {

    static final String RECORDED_BY = "journey " + UpsellVariables.PROCESS_ID;

    private final OfferAnswers answers;

    RecordUpgradeAnswer(OfferAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = OfferAnswers.outcomeOf(execution.getVariable(UpsellVariables.UPGRADE_RESPONSE));
        execution.setVariable(UpsellVariables.UPGRADE_RESPONSE, outcome.name());
        answers.record(execution, NextBestActionVariables.DECISION_ID, NextBestActionVariables.BEST_ACTION, outcome, RECORDED_BY);
    }
}
