package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The written confirmation a leaving customer is owed: mandatory, sent whatever they consented to. */
@Component("confirmCancellation")
class ConfirmCancellation implements JavaDelegate {

    static final String TEMPLATE = "cancellation-confirmation";

    private final JourneyMessages messages;
    private final Clock clock;

    ConfirmCancellation(JourneyMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.send(execution, MessageKind.MANDATORY, TEMPLATE, Map.of(
                "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                "cancellationDate", LocalDate.now(clock).toString()));
    }
}
