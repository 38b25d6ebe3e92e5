package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The journey's service messages (why no upgrade, the repair pickup, help moving data to the new
 * device): the input parameter {@value #TEMPLATE} names the template, whose placeholders are named
 * after the journey's variables.
 */
@Component("sendDeviceUpgradeMessage")
class SendDeviceUpgradeMessage implements JavaDelegate {

    static final String TEMPLATE = "template";
    static final List<String> TEMPLATE_VARIABLES = List.of(JourneyVariables.CUSTOMER_NAME,
            DeviceUpgradeVariables.INELIGIBLE_REASON, DeviceUpgradeVariables.CURRENT_DEVICE,
            DeviceUpgradeVariables.ORDERED_DEVICE_NAME, DeviceUpgradeVariables.TRACKING_NUMBER);

    private final JourneyMessages messages;

    SendDeviceUpgradeMessage(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> parameters = new HashMap<>();
        for (String variable : TEMPLATE_VARIABLES) {
            if (execution.getVariable(variable) instanceof String value) {
                parameters.put(variable, value);
            }
        }
        messages.send(execution, MessageKind.SERVICE, JourneySteps.required(execution, TEMPLATE), parameters);
    }
}
