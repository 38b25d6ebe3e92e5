package io.cvmjourneys.engine;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What a journey must be started with, checked by the engine for every start of a process — over
 * /engine-rest, from Cockpit or Tasklist, or from code — before anything of it runs: also for a
 * journey whose first step waits for the job executor, which would otherwise fail there, after the
 * caller was told it started.
 */
public interface JourneyStartRules {

    /**
     * @param variables what the start gives the journey
     * @throws BadUserRequestException naming what the start lacks or gives wrong
     */
    void check(String processDefinitionKey, Map<String, ?> variables);
}
