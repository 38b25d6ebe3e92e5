package io.cvmjourneys.changes;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * BPMN: task listener {@code ${prepareChannelApproval}} on create of the channel approvals (one task
 * per channel): the task says which channel it is for and what the channel team needs to judge it.
 */
@Component("prepareChannelApproval")
class PrepareChannelApproval implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String[] channels = ((String) task.getVariable(ChangeVariables.APPROVAL_CHANNELS)).split(",");
        String channel = channels[((Number) task.getVariable("loopCounter")).intValue()];
        task.setVariableLocal(ChangeVariables.APPROVAL_CHANNEL, channel);
        task.setVariableLocal(ChangeVariables.CHANNEL_EVIDENCE,
                task.getVariable(ChangeVariables.CHANNEL_EVIDENCE_PREFIX + channel));
        task.setName(task.getName() + ": " + channel);
    }
}
