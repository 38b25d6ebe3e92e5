package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Tells the decision log what became of the device offer — answered, ordered or walked away from in
 * the store, or never answered — so offer acceptance and propensities count every answer.
 * BPMN: an end listener wherever the answer becomes known.
 */
@Component("recordDeviceOfferAnswer")
class RecordDeviceOfferAnswer implements ExecutionListener {

    private final NextBestActionService nextBestActions;

    RecordDeviceOfferAnswer(NextBestActionService nextBestActions) {
        this.nextBestActions = nextBestActions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object response = execution.getVariable(DeviceUpgradeVariables.OFFER_RESPONSE);
        nextBestActions.recordOutcome((String) execution.getVariable(DeviceUpgradeVariables.OFFER_DECISION_ID),
                (String) execution.getVariable(DeviceUpgradeVariables.OFFER_ACTION),
                response == null ? Outcome.NO_ANSWER : Outcome.valueOf(response.toString()),
                DeviceUpgradeVariables.RECORDED_BY);
    }
}
