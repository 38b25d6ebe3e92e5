package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.nba.NextBestActions;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A dunning or barring notice: mandatory, so it goes whatever the customer consented to, but through
 * a channel the customer agreed to hear about the service on when there is one (else SMS). The
 * next-best-action engine decides for the step, so the notice is in the decision log with the notes
 * of the caps and quiet hours it passed. BPMN input parameters: {@code noticeTemplate},
 * {@code noticeAction} (the catalog action) and {@code journeyStep}.
 */
@Component("sendDunningNotice")
class SendDunningNotice implements JavaDelegate {

    static final List<Channel> CHANNEL_PREFERENCE = List.of(Channel.EMAIL, Channel.SMS);

    private final CustomerCollections collections;
    private final NextBestActionService nextBestActions;
    private final JourneyMessages messages;
    private final NoticeParameters parameters;
    private final CollectionSteps steps;

    SendDunningNotice(CustomerCollections collections, NextBestActionService nextBestActions, JourneyMessages messages,
                      NoticeParameters parameters, CollectionSteps steps) {
        this.collections = collections;
        this.nextBestActions = nextBestActions;
        this.messages = messages;
        this.parameters = parameters;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        String template = JourneySteps.required(execution, DelinquencyVariables.NOTICE_TEMPLATE);
        String actionId = JourneySteps.required(execution, DelinquencyVariables.NOTICE_ACTION);
        Channel channel = collections.serviceChannel(customerId, CHANNEL_PREFERENCE);
        NextBestActions decision = nextBestActions.decideInJourney(customerId, MomentType.INVOICE_OVERDUE, channel,
                JourneySteps.required(execution, NextBestActionVariables.JOURNEY_STEP), JourneySteps.journey(execution));
        boolean proposed = decision.actions().stream().anyMatch(action -> action.actionId().equals(actionId));
        // mandatory by law: sent even if the engine did not propose it, then linked to no decision
        messages.sendAction(execution, channel, MessageKind.MANDATORY, template, parameters.of(execution), actionId,
                proposed ? decision.decisionId() : null);
        steps.record(execution, template, "SENT", channel + (proposed ? "" : ", not proposed by decision " + decision.decisionId()));
    }
}
