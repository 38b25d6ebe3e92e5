package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.customer.Incident;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/** Selling to a customer whose service is down hurts more than it earns: offers wait until the incident is fixed. */
@Rule(name = ServiceDisruptionPolicy.NAME, priority = ServiceDisruptionPolicy.PRIORITY,
        description = "An open incident in the customer's area pauses all commercial actions")
public class ServiceDisruptionPolicy {

    public static final String NAME = "Service disruption";
    public static final int PRIORITY = 40;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Condition
    public boolean hasIncidentInArea(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        return !arbitrationCase.context().openIncidentsInArea().isEmpty();
    }

    @Action
    public void suppressCommercialOffers(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
        // the longest-running incident is the one the customer has suffered most from
        Incident incident = arbitrationCase.context().openIncidentsInArea().stream()
                .min(Comparator.comparing(Incident::startedAt))
                .orElseThrow();
        String reason = incident.title() + " in area " + incident.areaCode() + " since "
                + since(incident, arbitrationCase) + " (" + incident.id() + "): commercial offers wait until it is fixed";
        arbitrationCase.suppressWhere(candidate -> candidate.action().isCommercial(), NAME, reason);
    }

    private String since(Incident incident, ArbitrationCase arbitrationCase) {
        ZonedDateTime started = incident.startedAt().atZone(arbitrationCase.zone());
        boolean today = started.toLocalDate().equals(arbitrationCase.today());
        return (today ? "" : arbitrationCase.day(started.toLocalDate()) + " ") + TIME.format(started);
    }
}
