package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.customer.Incident;
import io.cvmjourneys.customer.ServiceIncidents;
import io.cvmjourneys.customer.ServiceIncidents.RecordedIncident;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What the network reports about an incident, carried to the customers it touches: a report records
 * the incident and hands the intake a {@code SERVICE_OUTAGE} moment for every affected customer (a
 * service outage journey each); the fix records it and hands each of them {@code SERVICE_RESTORED}.
 * Both are safe to repeat: a report's moments carry the incident's and the customer's ids, so a
 * second report starts nothing twice; a fix goes only to the journeys still waiting for it.
 */
@Service
class NetworkIncidents {

    static final String RESTORED_MESSAGE = "ServiceRestored";

    /** When the network gives no expected fix, the customers hear again this long after the start. */
    static final Duration FIRST_UPDATE_AFTER = Duration.ofHours(4);

    private static final Logger log = LoggerFactory.getLogger(NetworkIncidents.class);

    /** What a report did: how many customers the incident touches and how many journeys it started for them. */
    record Reported(String incidentId, int customersAffected, int journeysStarted) {
    }

    /** What a fix did: how many of the affected customers' journeys heard it. */
    record Restored(String incidentId, int customersAffected, int journeysTold) {
    }

    private final ServiceIncidents incidents;
    private final MomentIntake intake;
    private final RuntimeService runtimeService;
    private final Clock clock;

    NetworkIncidents(ServiceIncidents incidents, MomentIntake intake, RuntimeService runtimeService, Clock clock) {
        this.incidents = incidents;
        this.intake = intake;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** When the customers can expect the fix: as the network said, or {@link #FIRST_UPDATE_AFTER} the start. */
    static Instant expectedFix(RecordedIncident recorded) {
        return recorded.expectedFixAt() != null ? recorded.expectedFixAt()
                : recorded.incident().startedAt().plus(FIRST_UPDATE_AFTER);
    }

    /**
     * @param startedAt     now when null; not in the future
     * @param expectedFixAt after the start; {@link #FIRST_UPDATE_AFTER} the start when null
     */
    Reported report(String incidentId, String areaCode, IncidentKind kind, String title, Instant startedAt,
                    Instant expectedFixAt) {
        Instant now = clock.instant();
        Instant started = startedAt == null ? now : startedAt;
        if (started.isAfter(now)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "startedAt must not be in the future", "startedAt");
        }
        if (expectedFixAt != null && !expectedFixAt.isAfter(started)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "expectedFixAt must be after the incident started (" + started + ")",
                    "expectedFixAt");
        }
        RecordedIncident recorded = incidents.record(new Incident(incidentId, areaCode, kind.name(), title, started), expectedFixAt);
        if (!recorded.incident().areaCode().equals(areaCode) || !recorded.incident().kind().equals(kind.name())) {
            throw new ApiException(HttpStatus.CONFLICT, "incident " + incidentId + " was reported before for area "
                    + recorded.incident().areaCode() + " as " + recorded.incident().kind(), "id");
        }
        if (!recorded.openAt(now)) {
            throw new ApiException(HttpStatus.CONFLICT, "incident " + incidentId + " was fixed at " + recorded.resolvedAt(), "id");
        }
        List<String> affected = affected(recorded);
        // a report sent again starts only the journeys the first one did not
        Set<String> alreadyCaredFor = runtimeService.createProcessInstanceQuery().processDefinitionKey(OutageVariables.PROCESS_ID)
                .variableValueEquals(OutageVariables.INCIDENT_ID, incidentId).list().stream()
                .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
        int journeysStarted = (int) affected.stream().filter(customer -> !alreadyCaredFor.contains(customer))
                .map(customer -> hand(new Moment("incident-" + incidentId + "-" + customer, customer, MomentType.SERVICE_OUTAGE,
                        Channel.WEB, now, Map.of(CustomerAffected.INCIDENT_FIELD, incidentId))))
                .filter(answer -> answer == MomentAnswer.Status.STARTED).count();
        log.info("Incident {} in area {} touches {} customers; {} service outage journeys started", incidentId, areaCode,
                affected.size(), journeysStarted);
        return new Reported(incidentId, affected.size(), journeysStarted);
    }

    /** @param restoredAt now when null; not in the future, not before the start */
    Restored restore(String incidentId, Instant restoredAt) {
        Instant now = clock.instant();
        RecordedIncident recorded = incidents.find(incidentId)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no incident " + incidentId + " was reported", "id"));
        Instant fixed = restoredAt == null ? now : restoredAt;
        if (fixed.isAfter(now) || fixed.isBefore(recorded.incident().startedAt())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "restoredAt must be from the incident's start ("
                    + recorded.incident().startedAt() + ") to now", "restoredAt");
        }
        incidents.resolve(incidentId, fixed);
        // the journeys of this incident (not of another one the customer is in) that still wait for the fix
        Set<String> waiting = runtimeService.createExecutionQuery().processDefinitionKey(OutageVariables.PROCESS_ID)
                .messageEventSubscriptionName(RESTORED_MESSAGE).processVariableValueEquals(OutageVariables.INCIDENT_ID, incidentId)
                .list().stream().map(Execution::getProcessInstanceId).collect(Collectors.toSet());
        List<ProcessInstance> journeys = waiting.isEmpty() ? List.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(waiting).list();
        int told = (int) journeys.stream()
                .map(journey -> hand(new Moment("incident-" + incidentId + "-restored-" + journey.getBusinessKey(),
                        journey.getBusinessKey(), MomentType.SERVICE_RESTORED, Channel.WEB, fixed,
                        Map.of("journey", OutageVariables.PROCESS_ID, "processInstanceId", journey.getId()))))
                .filter(answer -> answer == MomentAnswer.Status.CORRELATED).count();
        int affected = affected(recorded).size();
        log.info("Incident {} fixed at {}; {} of {} affected customers' journeys told", incidentId, fixed, told, affected);
        return new Restored(incidentId, affected, told);
    }

    private List<String> affected(RecordedIncident recorded) {
        return incidents.customersWith(recorded.incident().areaCode(),
                IncidentKind.valueOf(recorded.incident().kind()).productTypes());
    }

    /** The moment's answer; null when the intake refused it for this customer (their journey had ended, say), logged. */
    private MomentAnswer.Status hand(Moment moment) {
        try {
            return intake.receive(moment).status();
        } catch (ApiException refused) {
            log.info("Incident moment {} of {} not taken: {}", moment.type(), moment.customerId(), refused.getMessage());
            return null;
        }
    }
}
