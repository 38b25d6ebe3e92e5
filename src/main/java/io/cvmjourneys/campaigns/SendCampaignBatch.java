package io.cvmjourneys.campaigns;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The campaign process's step: sends the next batch and leaves {@value #CAMPAIGN_DONE} (everyone
 * handled, or the campaign stopped) and {@value #NEXT_BATCH_AT}, when the rate lets the next batch go.
 * BPMN: {@code camunda:delegateExpression="${sendCampaignBatch}"}.
 */
@Component("sendCampaignBatch")
class SendCampaignBatch implements JavaDelegate {

    static final String CAMPAIGN_DONE = "campaignDone";
    static final String NEXT_BATCH_AT = "nextBatchAt";

    private final CampaignSending sending;

    SendCampaignBatch(CampaignSending sending) {
        this.sending = sending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = ((Number) execution.getVariable(Campaigns.CAMPAIGN_ID)).longValue();
        CampaignSending.Batch batch = sending.sendNextBatch(campaignId);
        execution.setVariable(CAMPAIGN_DONE, batch.done());
        execution.setVariable(NEXT_BATCH_AT, batch.done() ? null : Date.from(batch.nextBatchAt()));
    }
}
