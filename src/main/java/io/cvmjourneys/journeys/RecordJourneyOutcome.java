package io.cvmjourneys.journeys;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Records how a journey ended, as the end event's {@code outcome} property says, in the process
 * variable {@value JourneyVariables#OUTCOME} — the figure program KPIs count. The outcome lives in
 * the model, so a CVM manager who adds an end event in Camunda Modeler names its outcome there.
 */
@Component("recordJourneyOutcome")
class RecordJourneyOutcome implements ExecutionListener {

    static final String OUTCOME_PROPERTY = "outcome";

    @Override
    public void notify(DelegateExecution execution) {
        var endEvent = execution.getBpmnModelElementInstance();
        String outcome = endEvent.getExtensionElements() == null ? null
                : endEvent.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                        .flatMap(properties -> properties.getCamundaProperties().stream())
                        .filter(property -> OUTCOME_PROPERTY.equals(property.getCamundaName()))
                        .map(CamundaProperty::getCamundaValue)
                        .findFirst()
                        .orElse(null);
        if (outcome == null) {
            throw new IllegalStateException("End event '" + endEvent.getId() + "' of " + execution.getProcessDefinitionId()
                    + " names no outcome: add the extension property 'outcome' in Camunda Modeler");
        }
        execution.setVariable(JourneyVariables.OUTCOME, outcome);
    }
}
