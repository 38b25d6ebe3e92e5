package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The journey's messages about the incident, through the channel that still reaches the customer
 * during it ({@value OutageVariables#NOTICE_CHANNEL}): the input parameter {@value #TEMPLATE} names
 * the template. The notice and its updates are what the customer must know about their service
 * (the catalog's OUTAGE_NOTICE): they go whatever the marketing consents; the rest are service messages.
 */
@Component("sendOutageMessage")
class OutageMessages implements JavaDelegate {

    static final String TEMPLATE = "template";
    static final Set<String> NOTICES = Set.of("outage-notice", "outage-update");
    private static final DateTimeFormatter AS_CUSTOMERS_READ_IT = DateTimeFormatter.ofPattern("d MMMM 'at' HH:mm", Locale.ENGLISH);

    private final JourneyMessages messages;

    OutageMessages(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = JourneySteps.required(execution, TEMPLATE);
        messages.send(execution, channel(execution), kind(template), template, parameters(execution));
    }

    static Channel channel(DelegateExecution execution) {
        return Channel.valueOf(JourneySteps.required(execution, OutageVariables.NOTICE_CHANNEL));
    }

    static MessageKind kind(String template) {
        return NOTICES.contains(template) ? MessageKind.MANDATORY : MessageKind.SERVICE;
    }

    static Map<String, String> parameters(DelegateExecution execution) {
        Object credit = execution.getVariable(OutageVariables.APOLOGY_CREDIT);
        String apologyNote = credit instanceof Number amount && amount.doubleValue() > 0
                ? " As an apology, we have taken £" + BigDecimal.valueOf(amount.doubleValue()).setScale(2, RoundingMode.HALF_UP)
                        .toPlainString() + " off your next bill."
                : "";
        return Map.of("customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                "incidentTitle", JourneySteps.required(execution, OutageVariables.INCIDENT_TITLE),
                "expectedFix", JourneySteps.required(execution, OutageVariables.EXPECTED_FIX),
                "apologyNote", apologyNote);
    }

    /** A moment as the customer reads it: "4 December at 18:00". */
    static String asCustomersReadIt(Instant at, ZoneId zone) {
        return AS_CUSTOMERS_READ_IT.format(at.atZone(zone));
    }
}
