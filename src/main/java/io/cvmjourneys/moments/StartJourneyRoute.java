package io.cvmjourneys.moments;

import io.cvmjourneys.engine.JourneyRuntime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Starts the trigger's journey for the customer, unless one of that kind already runs (then names it). */
final class StartJourneyRoute implements MomentRoute {

    private final JourneyTrigger trigger;
    private final JourneyRuntime journeys;

    StartJourneyRoute(JourneyTrigger trigger, JourneyRuntime journeys) {
        this.trigger = trigger;
        this.journeys = journeys;
    }

    @Override
    public String lockKey() {
        return trigger.processId();
    }

    @Override
    public void validate(Moment moment) {
        trigger.startVariables(moment);
    }

    /**
     * Starts the journey, unless one of its kind runs: then the moment goes on with it when the trigger
     * says a running journey waits for it (the landing after the booking), else it is named ALREADY_ACTIVE.
     */
    @Override
    public MomentAnswer answer(Moment moment) {
        Optional<String> running = journeys.activeJourney(trigger.processId(), moment.customerId());
        if (running.isEmpty()) {
            return new MomentAnswer(moment.eventId(), trigger.processId(),
                    journeys.startJourney(trigger.processId(), moment.customerId(), startVariables(moment)),
                    MomentAnswer.Status.STARTED);
        }
        Optional<String> continued = trigger.continuedBy(moment.type())
                .filter(message -> journeys.waitingFor(message, moment.customerId()).equals(running));
        if (continued.isPresent()) {
            journeys.correlate(continued.get(), moment.customerId(), trigger.startVariables(moment));
            return new MomentAnswer(moment.eventId(), trigger.processId(), running.get(), MomentAnswer.Status.CORRELATED);
        }
        return new MomentAnswer(moment.eventId(), trigger.processId(), running.get(), MomentAnswer.Status.ALREADY_ACTIVE);
    }

    private Map<String, Object> startVariables(Moment moment) {
        Map<String, Object> variables = new HashMap<>(trigger.startVariables(moment));
        variables.put(JourneyStartVariables.CUSTOMER_ID, moment.customerId());
        variables.put(JourneyStartVariables.CHANNEL, moment.channel().name());
        variables.put(JourneyStartVariables.MOMENT_TYPE, moment.type().name());
        variables.put(JourneyStartVariables.EVENT_ID, moment.eventId());
        return variables;
    }
}
