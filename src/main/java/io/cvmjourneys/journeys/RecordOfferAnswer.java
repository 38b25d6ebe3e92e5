package io.cvmjourneys.journeys;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.nba.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer's answer to the offer the journey's next-best-action decision made, as the journey goes
 * on with it: what the agent recorded or the customer sent, else no answer (unreached, or silent until
 * the journey stopped waiting). The input parameter {@value #ANSWER} names the variable that holds it;
 * the variable is left as ACCEPTED, DECLINED or NO_ANSWER (always NO_ANSWER when the journey made no
 * offer), and the answer goes to the decision log against the offer, so the offer's acceptance counts
 * every answer, not only the yeses.
 * BPMN: {@code camunda:delegateExpression="${recordOfferAnswer}"}.
 */
@Component("recordOfferAnswer")
class RecordOfferAnswer implements JavaDelegate {

    static final String ANSWER = "answer";

    private final OfferAnswers answers;

    RecordOfferAnswer(OfferAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String answerVariable = JourneySteps.required(execution, ANSWER);
        boolean offered = execution.getVariable(NextBestActionVariables.DECISION_ID) != null
                && execution.getVariable(NextBestActionVariables.BEST_ACTION) != null;
        // a yes to an offer never made (the control group's) accepts nothing
        Outcome outcome = offered ? OfferAnswers.outcomeOf(execution.getVariable(answerVariable)) : Outcome.NO_ANSWER;
        execution.setVariable(answerVariable, outcome.name());
        answers.record(execution, NextBestActionVariables.DECISION_ID, NextBestActionVariables.BEST_ACTION, outcome,
                "journey " + JourneySteps.journey(execution).processId());
    }
}
