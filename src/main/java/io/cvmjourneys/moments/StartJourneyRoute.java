package io.cvmjourneys.moments;

import io.cvmjourneys.engine.JourneyRuntime;
import java.util.HashMap;
import java.util.Map;

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

    @Override
    public MomentAnswer answer(Moment moment) {
        return journeys.activeJourney(trigger.processId(), moment.customerId())
                .map(running -> new MomentAnswer(moment.eventId(), trigger.processId(), running,
                        MomentAnswer.Status.ALREADY_ACTIVE))
                .orElseGet(() -> new MomentAnswer(moment.eventId(), trigger.processId(),
                        journeys.startJourney(trigger.processId(), moment.customerId(), startVariables(moment)),
                        MomentAnswer.Status.STARTED));
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
