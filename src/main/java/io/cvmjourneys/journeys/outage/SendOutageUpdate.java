package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.journeys.JourneyMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The fix takes longer than the customer was told: a new expected time, {@value #UPDATE_EVERY_HOURS}
 * hours on, which the customer hears now and which times the next update if that passes too.
 */
@Component("sendOutageUpdate")
class SendOutageUpdate implements JavaDelegate {

    static final int UPDATE_EVERY_HOURS = 12;
    static final String TEMPLATE = "outage-update";

    private final JourneyMessages messages;
    private final Clock clock;

    SendOutageUpdate(JourneyMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant expected = clock.instant().plus(Duration.ofHours(UPDATE_EVERY_HOURS));
        execution.setVariable(OutageVariables.EXPECTED_FIX, OutageMessages.asCustomersReadIt(expected, clock.getZone()));
        execution.setVariable(OutageVariables.NEXT_UPDATE_AT, Date.from(expected));
        int round = ((Number) execution.getVariable(OutageVariables.UPDATES_SENT)).intValue() + 1;
        execution.setVariable(OutageVariables.UPDATES_SENT, round);
        messages.sendInRound(execution, round, OutageMessages.channel(execution), OutageMessages.kind(TEMPLATE), TEMPLATE,
                OutageMessages.parameters(execution));
    }
}
