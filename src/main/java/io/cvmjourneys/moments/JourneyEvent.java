package io.cvmjourneys.moments;

import java.util.Map;
import java.util.function.Function;

/**
 * Something that happens to a customer while a journey waits for it (the customer answered an
 * offer, a survey came back, a payment arrived). Each program declares what its journeys wait for,
 * as beans; the intake correlates the moment by customer to the journey waiting at the BPMN message.
 *
 * @param processId   the journey that waits
 * @param messageName the BPMN message name it waits at (a message event or receive task)
 * @param variables   what the journey learns from the moment's data; refuses bad data with an ApiException (400)
 */
public record JourneyEvent(String processId, MomentType type, String messageName,
                           Function<Moment, Map<String, Object>> variables) {

    public Map<String, Object> variablesOf(Moment moment) {
        return variables.apply(moment);
    }
}
