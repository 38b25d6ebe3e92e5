package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the chosen winback offer through the channel it was chosen for; it is valid for two weeks. */
@Component("sendWinbackOffer")
class SendWinbackOffer implements JavaDelegate {

    static final String TEMPLATE = "winback-offer";
    static final int VALID_DAYS = 14;

    private final JourneyMessages messages;
    private final Clock clock;

    SendWinbackOffer(JourneyMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.sendAction(execution, Channel.valueOf(JourneySteps.required(execution, CancellationVariables.WINBACK_CHANNEL)),
                MessageKind.COMMERCIAL, TEMPLATE, Map.of(
                        "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                        "offerName", JourneySteps.required(execution, CancellationVariables.WINBACK_OFFER_NAME),
                        "validUntil", LocalDate.now(clock).plusDays(VALID_DAYS).toString()),
                JourneySteps.required(execution, CancellationVariables.WINBACK_OFFER),
                JourneySteps.required(execution, CancellationVariables.WINBACK_DECISION_ID));
    }
}
