package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.ServiceIncidents;
import io.cvmjourneys.customer.ServiceIncidents.RecordedIncident;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * An incident of the network hit a customer's service ({@code SERVICE_OUTAGE}, {@code data.incidentId}):
 * handed in for each affected customer when the network reports the incident (see {@link NetworkIncidents}).
 * The incident must be known, open when the moment occurred, and in the customer's area, touching a
 * product the customer has.
 */
@Component
class CustomerAffected implements JourneyTrigger {

    static final String INCIDENT_FIELD = "incidentId";

    private final ServiceIncidents incidents;
    private final CustomerDirectory customers;
    private final Clock clock;

    CustomerAffected(ServiceIncidents incidents, CustomerDirectory customers, Clock clock) {
        this.incidents = incidents;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return OutageVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.SERVICE_OUTAGE);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.of(INCIDENT_FIELD, "Incident (as the network reported it, e.g. INC-M-OPEN)",
                MomentField.Kind.TEXT, true));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(OutageVariables.INCIDENT_ID, OutageVariables.INCIDENT_KIND, OutageVariables.INCIDENT_TITLE,
                OutageVariables.AREA_CODE, OutageVariables.INCIDENT_STARTED_AT, OutageVariables.EXPECTED_FIX,
                OutageVariables.NEXT_UPDATE_AT, OutageVariables.UPDATES_SENT);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        RecordedIncident recorded = incident(moment);
        IncidentKind kind = IncidentKind.valueOf(recorded.incident().kind());
        CustomerContext customer = customers.context(moment.customerId())
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "customer " + moment.customerId() + " is not known",
                        "customerId"));
        String area = customer.customer().areaCode();
        if (!area.equals(recorded.incident().areaCode()) || customer.subscriptions().stream()
                .noneMatch(subscription -> kind.productTypes().contains(subscription.productType()))) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "incident " + recorded.incident().id() + " in area "
                    + recorded.incident().areaCode() + " does not touch a service of customer " + moment.customerId()
                    + " (area " + area + ")", "data." + INCIDENT_FIELD);
        }
        Instant expectedFix = NetworkIncidents.expectedFix(recorded);
        return Map.of(OutageVariables.INCIDENT_ID, recorded.incident().id(),
                OutageVariables.INCIDENT_KIND, kind.name(),
                OutageVariables.INCIDENT_TITLE, recorded.incident().title(),
                OutageVariables.AREA_CODE, area,
                OutageVariables.INCIDENT_STARTED_AT, Date.from(recorded.incident().startedAt()),
                OutageVariables.EXPECTED_FIX, OutageMessages.asCustomersReadIt(expectedFix, clock.getZone()),
                OutageVariables.NEXT_UPDATE_AT, Date.from(expectedFix),
                OutageVariables.UPDATES_SENT, 0);
    }

    private RecordedIncident incident(Moment moment) {
        Object id = moment.data().get(INCIDENT_FIELD);
        RecordedIncident recorded = (id instanceof String text ? incidents.find(text) : Optional.<RecordedIncident>empty())
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "data." + INCIDENT_FIELD
                        + " must name an incident the network reported", "data." + INCIDENT_FIELD));
        if (!recorded.openAt(moment.occurredAt())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "incident " + recorded.incident().id() + " was not open at "
                    + moment.occurredAt() + " (fixed at " + recorded.resolvedAt() + ")", "data." + INCIDENT_FIELD);
        }
        return recorded;
    }
}
