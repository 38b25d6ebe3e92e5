package io.cvmjourneys.moments;

import java.util.Map;

/**
 * Something that happens to a customer while a journey waits for it (the customer answered an
 * offer, a survey came back, a payment arrived). Each program declares what its journeys wait for;
 * the intake correlates the moment to the customer's journey waiting at the BPMN message.
 */
public interface JourneyEvent {

    /** The process id of the journey that waits. */
    String processId();

    MomentType type();

    /** The BPMN message name the journey waits at (a message event or receive task). */
    String messageName();

    /** What the journey learns from the moment's data; refuses bad data with an ApiException (400). */
    Map<String, Object> variables(Moment moment);
}
