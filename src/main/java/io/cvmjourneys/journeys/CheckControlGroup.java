package io.cvmjourneys.journeys;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.nba.HoldoutGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Whether the journey's customer is in its program's control group ({@value JourneyVariables#IN_CONTROL_GROUP}): the
 * same customers the next-best-action engine holds out of the program's offers, so a journey can skip
 * the offer altogether and only watch what the customer does anyway. The program is the journey's
 * process id. BPMN: {@code camunda:delegateExpression="${checkControlGroup}"}.
 */
@Component("checkControlGroup")
class CheckControlGroup implements JavaDelegate {

    private final HoldoutGroups holdout;

    CheckControlGroup(HoldoutGroups holdout) {
        this.holdout = holdout;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(JourneyVariables.IN_CONTROL_GROUP, holdout.isHeldOut(
                JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), JourneySteps.journey(execution).processId()));
    }
}
