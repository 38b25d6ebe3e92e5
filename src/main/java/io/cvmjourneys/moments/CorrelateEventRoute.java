package io.cvmjourneys.moments;

import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.web.ApiException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Delivers the moment to the customer's journey that waits for it. Nobody waiting is a clear 409:
 * a moment is never dropped silently.
 */
final class CorrelateEventRoute implements MomentRoute {

    /** Every event of a customer is decided one after the other, whichever journey it is for. */
    static final String LOCK_KEY = "journey-events";

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
        awaited.forEach(event -> event.variablesOf(moment));
    }

    @Override
    public MomentAnswer answer(Moment moment) {
        for (JourneyEvent event : awaited) {
            Optional<String> waiting = journeys.waitingFor(event.messageName(), moment.customerId());
            if (waiting.isPresent()) {
                String journey = journeys.correlate(event.messageName(), moment.customerId(), event.variablesOf(moment));
                return new MomentAnswer(moment.eventId(), event.processId(), journey, MomentAnswer.Status.CORRELATED);
            }
        }
        throw new ApiException(HttpStatus.CONFLICT, "No journey of customer " + moment.customerId() + " waits for a "
                + type + " moment right now (journeys that can: "
                + awaited.stream().map(JourneyEvent::processId).distinct().toList() + ")", "type");
    }
}
