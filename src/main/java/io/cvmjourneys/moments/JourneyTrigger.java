package io.cvmjourneys.moments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A journey that moments of truth start. Each program declares its own as a bean; the intake
 * routes every moment type to the one journey it starts.
 */
public interface JourneyTrigger {

    /** The BPMN process id, which is also the journey's name in answers and KPIs. */
    String processId();

    Set<MomentType> startedBy();

    /** The journey's start variables beyond customer, channel and moment, taken from the moment's data. */
    Map<String, Object> startVariables(Moment moment);

    /**
     * Which of {@link #startVariables} the journey cannot do without: a start that bypasses the intake
     * (over /engine-rest, say) must give them, as the moment would have.
     */
    Set<String> requiredStartVariables();

    /**
     * What a person enters in the data of a moment of this type when starting the journey by hand
     * (the workspace asks for these): a journey started by several types may ask different things.
     */
    default List<MomentField> dataFields(MomentType type) {
        return List.of();
    }

    /**
     * The BPMN message a running journey of this kind may wait for when a moment of this type comes
     * again (a trip booked, then the landing abroad): the moment goes on with that journey instead of
     * being answered ALREADY_ACTIVE. Empty for most.
     */
    default Optional<String> continuedBy(MomentType type) {
        return Optional.empty();
    }
}
