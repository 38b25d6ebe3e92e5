package io.cvmjourneys.engine;

import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A journey a customer is in right now, and the steps it is waiting at. {@code name} and the steps
 * are as the model names them, for people; {@code processId} is the key decisions work with.
 */
public record ActiveJourney(String processId, String name, String processInstanceId, List<String> currentSteps) {

    public ActiveJourney {
        currentSteps = List.copyOf(currentSteps);
    }

    static ActiveJourney of(ProcessDefinition definition, String processInstanceId, List<String> currentSteps) {
        return new ActiveJourney(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName(),
                processInstanceId, currentSteps);
    }
}
