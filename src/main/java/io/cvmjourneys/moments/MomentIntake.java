package io.cvmjourneys.moments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moments-of-truth intake: every channel, the workspace and the demo hand moments in here.
 * A moment starts the journey its type triggers, unless the customer is already in one of that kind;
 * the same event id twice is answered the same and does nothing twice. All or nothing: the journey
 * start and the record of the moment commit together.
 */
@Service
public class MomentIntake {

    static final int MAX_DATA_LENGTH = 4000;

    private final Map<MomentType, JourneyTrigger> triggers = new EnumMap<>(MomentType.class);
    private final KnownCustomers customers;
    private final MomentEvents events;
    private final JourneyStartLocks locks;
    private final JourneyRuntime journeys;
    private final ObjectMapper json;
    private final Clock clock;

    MomentIntake(List<JourneyTrigger> journeyTriggers, KnownCustomers customers, MomentEvents events, JourneyStartLocks locks,
                 JourneyRuntime journeys, ObjectMapper json, Optional<Clock> clock) {
        for (JourneyTrigger trigger : journeyTriggers) {
            for (MomentType type : trigger.startedBy()) {
                JourneyTrigger clash = triggers.put(type, trigger);
                if (clash != null) {
                    throw new IllegalStateException(type + " would start both " + clash.processId()
                            + " and " + trigger.processId() + ": a moment type starts one journey");
                }
            }
        }
        this.customers = customers;
        this.events = events;
        this.locks = locks;
        this.journeys = journeys;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public MomentAnswer receive(Moment moment) {
        JourneyTrigger trigger = triggers.get(moment.type());
        if (trigger == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "No journey starts on " + moment.type() + " moments yet; journeys start on " + triggers.keySet(), "type");
        }
        if (!customers.exists(moment.customerId())) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No customer " + moment.customerId()
                    + ": check the id, or search with GET /api/customers?q=…", "customerId");
        }
        String data = serialized(moment.data());
        Map<String, Object> variables = startVariables(trigger, moment);

        locks.lock(moment.customerId(), trigger.processId());
        Optional<MomentEvents.Received> earlier = events.find(moment.eventId());
        if (earlier.isPresent()) {
            return sameAnswerAsBefore(moment, earlier.get());
        }
        MomentAnswer answer = journeys.activeJourney(trigger.processId(), moment.customerId())
                .map(running -> new MomentAnswer(moment.eventId(), trigger.processId(), running,
                        MomentAnswer.Status.ALREADY_ACTIVE))
                .orElseGet(() -> new MomentAnswer(moment.eventId(), trigger.processId(),
                        journeys.startJourney(trigger.processId(), moment.customerId(), variables),
                        MomentAnswer.Status.STARTED));
        events.record(moment, data, clock.instant(), answer);
        return answer;
    }

    private static Map<String, Object> startVariables(JourneyTrigger trigger, Moment moment) {
        Map<String, Object> variables = new HashMap<>(trigger.startVariables(moment));
        variables.put(JourneyStartVariables.CUSTOMER_ID, moment.customerId());
        variables.put(JourneyStartVariables.CHANNEL, moment.channel().name());
        variables.put(JourneyStartVariables.MOMENT_TYPE, moment.type().name());
        variables.put(JourneyStartVariables.EVENT_ID, moment.eventId());
        return variables;
    }

    private static MomentAnswer sameAnswerAsBefore(Moment moment, MomentEvents.Received earlier) {
        if (!earlier.customerId().equals(moment.customerId()) || earlier.type() != moment.type()) {
            throw new ApiException(HttpStatus.CONFLICT, "Event id " + moment.eventId() + " was already used for a "
                    + earlier.type() + " moment of customer " + earlier.customerId() + ": use a new event id", "eventId");
        }
        return earlier.answer();
    }

    private String serialized(Map<String, Object> data) {
        try {
            String serialized = json.writeValueAsString(data);
            if (serialized.length() > MAX_DATA_LENGTH) {
                throw new ApiException(HttpStatus.BAD_REQUEST,
                        "data is " + serialized.length() + " characters as JSON; at most " + MAX_DATA_LENGTH, "data");
            }
            return serialized;
        } catch (JsonProcessingException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data cannot be stored as JSON", "data");
        }
    }

    Instant now() {
        return clock.instant();
    }
}
