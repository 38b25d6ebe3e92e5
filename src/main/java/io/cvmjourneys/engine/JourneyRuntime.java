package io.cvmjourneys.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the application asks of the workflow engine about journeys, kept small and engine-neutral. */
public interface JourneyRuntime {

    /** The running journey of this process for the business key (the customer), if any. */
    Optional<String> activeJourney(String processId, String businessKey);

    /** Every running journey of the business key (the customer), with the steps each waits at. */
    List<ActiveJourney> activeJourneys(String businessKey);

    /** The running journeys of many business keys at once, by key; keys without one are left out. */
    Map<String, List<ActiveJourney>> activeJourneys(Collection<String> businessKeys);

    /** The journey of the business key waiting at this BPMN message right now, if any. */
    Optional<String> waitingFor(String messageName, String businessKey);

    /** Delivers the message to the business key's journey waiting for it; answers that journey's id. */
    String correlate(String messageName, String businessKey, Map<String, Object> variables);

    /** The journey's name as its latest model gives it, for people; the key when none is deployed or named. */
    String journeyName(String processId);

    /** Starts the latest version of the process; answers the new journey's id. */
    String startJourney(String processId, String businessKey, Map<String, Object> variables);
}
