package io.cvmjourneys.moments;

import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.web.ApiException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Delivers the moment to the customer's journey that waits for it. Nobody waiting is a clear 409:
 * a moment is never dropped silently. When several journeys of a customer may wait for the same
 * kind of moment (two offers out at once), the moment's data says which: {@value #JOURNEY_HINT}
 * (the journey's process id) or {@value #INSTANCE_HINT} (the one the message it answers named);
 * without either, the first journey found waiting gets it.
 */
final class CorrelateEventRoute implements MomentRoute {

    /** Every event of a customer is decided one after the other, whichever journey it is for. */
    static final String LOCK_KEY = "journey-events";
    static final String JOURNEY_HINT = "journey";
    static final String INSTANCE_HINT = "processInstanceId";

    private final MomentType type;
    private final List<JourneyEvent> awaited;
    private final JourneyRuntime journeys;

    CorrelateEventRoute(MomentType type, List<JourneyEvent> awaited, JourneyRuntime journeys) {
        this.type = type;
        this.awaited = List.copyOf(awaited);
        this.journeys = journeys;
    }

    @Override
    public String lockKey() {
        return LOCK_KEY;
    }

    @Override
    public void validate(Moment moment) {
        addressed(moment).forEach(event -> event.variablesOf(moment));
    }

    @Override
    public MomentAnswer answer(Moment moment) {
        Object instance = moment.data().get(INSTANCE_HINT);
        for (JourneyEvent event : addressed(moment)) {
            Optional<String> waiting = journeys.waitingFor(event.messageName(), moment.customerId())
                    .filter(journey -> instance == null || instance.equals(journey));
            if (waiting.isPresent()) {
                String journey = journeys.correlate(event.messageName(), moment.customerId(), event.variablesOf(moment));
                return new MomentAnswer(moment.eventId(), event.processId(), journey, MomentAnswer.Status.CORRELATED);
            }
        }
        throw new ApiException(HttpStatus.CONFLICT, "No journey of customer " + moment.customerId() + " waits for a "
                + type + " moment right now" + (instance == null ? "" : " in journey " + instance)
                + " (journeys that can: " + processIds(addressed(moment)) + ")", "type");
    }

    /** The awaited events of the journey the moment names, or all of them when it names none. */
    private List<JourneyEvent> addressed(Moment moment) {
        Object journey = moment.data().get(JOURNEY_HINT);
        if (journey == null) {
            return awaited;
        }
        List<JourneyEvent> named = awaited.stream().filter(event -> event.processId().equals(journey)).toList();
        if (named.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + JOURNEY_HINT + " '" + journey + "' is not a journey"
                    + " that waits for " + type + " moments; it is one of " + processIds(awaited), "data." + JOURNEY_HINT);
        }
        return named;
    }

    private static List<String> processIds(List<JourneyEvent> events) {
        return events.stream().map(JourneyEvent::processId).distinct().toList();
    }
}
