package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The day before the installation: when, in which slot, and where. */
@Component("sendInstallationReminder")
class SendInstallationReminder implements JavaDelegate {

    static final String TEMPLATE = "installation-reminder";

    private final JourneyMessages messages;

    SendInstallationReminder(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.send(execution, MessageKind.SERVICE, TEMPLATE, Map.of(
                "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                "installationDate", JourneySteps.required(execution, MovingHouseVariables.INSTALLATION_DATE),
                "installationSlot", JourneySteps.required(execution, MovingHouseVariables.INSTALLATION_SLOT).toLowerCase(),
                "newAddress", JourneySteps.required(execution, MovingHouseVariables.NEW_ADDRESS)));
    }
}
