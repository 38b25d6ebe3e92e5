package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the recommended device through the channel the next-best-action engine chose for it: the
 * offer, and a week later the one reminder (input parameter {@value #TEMPLATE}). The answer link
 * names this journey, so the customer's answer reaches it even with another offer out.
 */
@Component("sendDeviceOffer")
class SendDeviceOffer implements JavaDelegate {

    static final String TEMPLATE = "template";
    static final String ANSWER_LINK = "https://my.cvmjourneys.io/offers/";

    private final JourneyMessages messages;

    SendDeviceOffer(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String device = JourneySteps.required(execution, DeviceUpgradeVariables.RECOMMENDED_DEVICE_NAME);
        messages.sendAction(execution, Channel.valueOf(JourneySteps.required(execution, DeviceUpgradeVariables.OFFER_CHANNEL)),
                MessageKind.COMMERCIAL, JourneySteps.required(execution, TEMPLATE), Map.of(
                        "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                        "offerName", "the " + device,
                        DeviceUpgradeVariables.RECOMMENDED_DEVICE_NAME, device,
                        DeviceUpgradeVariables.MONTHLY_INSTALMENT,
                        JourneySteps.required(execution, DeviceUpgradeVariables.MONTHLY_INSTALMENT),
                        DeviceUpgradeVariables.UPGRADE_TERMS, JourneySteps.required(execution, DeviceUpgradeVariables.UPGRADE_TERMS),
                        "answerLink", ANSWER_LINK + execution.getProcessInstanceId()),
                JourneySteps.required(execution, DeviceUpgradeVariables.OFFER_ACTION),
                JourneySteps.required(execution, DeviceUpgradeVariables.OFFER_DECISION_ID));
    }
}
