package io.cvmjourneys.engine;

import java.util.List;

/** A journey a customer is in right now, and the steps it is waiting at (names a person understands). */
public record ActiveJourney(String processId, String processInstanceId, List<String> currentSteps) {

    public ActiveJourney {
        currentSteps = List.copyOf(currentSteps);
    }
}
