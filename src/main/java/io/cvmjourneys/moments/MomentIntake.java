package io.cvmjourneys.moments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moments-of-truth intake: every channel, the workspace and the demo hand moments in here.
 * A moment starts the journey its type triggers (unless the customer is already in one of that
 * kind), or reaches the journey waiting for it; the same event id twice is answered the same and
 * does nothing twice. All or nothing: the journey's step and the record of the moment commit together.
 */
@Service
public class MomentIntake {

    /** The log context keys of a moment; journeys' steps log the customer id under the same key (the business key). */
    private static final String LOG_EVENT_ID = "eventId";
    private static final String LOG_CUSTOMER_ID = "customerId";

    static final int MAX_DATA_LENGTH = 4000;

    private final Map<MomentType, MomentRoute> routes;
    private final KnownCustomers customers;
    private final MomentEvents events;
    private final JourneyStartLocks locks;
    private final TransactionTemplate deciding;
    private final ObjectMapper json;
    private final Clock clock;

    MomentIntake(List<JourneyTrigger> triggers, List<JourneyEvent> journeyEvents, JourneyRuntime journeys,
                 KnownCustomers customers, MomentEvents events, JourneyStartLocks locks,
                 PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
        this.routes = routes(triggers, journeyEvents, journeys);
        this.customers = customers;
        this.events = events;
        this.locks = locks;
        this.deciding = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    /** Logged with the moment's eventId and customerId (MDC), which the journey's steps it runs carry on. */
    public MomentAnswer receive(Moment moment) {
        try (MDC.MDCCloseable event = MDC.putCloseable(LOG_EVENT_ID, moment.eventId());
             MDC.MDCCloseable customer = MDC.putCloseable(LOG_CUSTOMER_ID, moment.customerId())) {
            return receiveLogged(moment);
        }
    }

    private MomentAnswer receiveLogged(Moment moment) {
        MomentRoute route = routes.get(moment.type());
        if (route == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "No journey starts on or waits for "
                    + moment.type() + " moments yet; journeys handle " + routes.keySet(), "type");
        }
        if (!customers.exists(moment.customerId())) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No customer " + moment.customerId()
                    + ": check the id, or search with GET /api/customers?q=…", "customerId");
        }
        String data = serialized(moment.data());
        route.validate(moment);
        locks.prepare(moment.customerId(), route.lockKey());
        return deciding.execute(status -> decide(moment, route, data));
    }

    private MomentAnswer decide(Moment moment, MomentRoute route, String data) {
        locks.lock(moment.customerId(), route.lockKey());
        Optional<MomentEvents.Received> earlier = events.find(moment.eventId());
        if (earlier.isPresent()) {
            return sameAnswerAsBefore(moment, earlier.get());
        }
        MomentAnswer answer = route.answer(moment);
        events.record(moment, data, clock.instant(), answer);
        return answer;
    }

    Instant now() {
        return clock.instant();
    }

    /** One route per moment type: a type starts one journey, or is awaited by journeys, never both. */
    private static Map<MomentType, MomentRoute> routes(List<JourneyTrigger> triggers, List<JourneyEvent> journeyEvents,
                                                       JourneyRuntime journeys) {
        Map<MomentType, MomentRoute> routes = new EnumMap<>(MomentType.class);
        for (JourneyTrigger trigger : triggers) {
            for (MomentType type : trigger.startedBy()) {
                if (routes.put(type, new StartJourneyRoute(trigger, journeys)) != null) {
                    throw new IllegalStateException(type + " would start two journeys: a moment type starts one");
                }
            }
        }
        Map<MomentType, List<JourneyEvent>> awaited = new EnumMap<>(MomentType.class);
        journeyEvents.forEach(event -> awaited.computeIfAbsent(event.type(), type -> new ArrayList<>()).add(event));
        awaited.forEach((type, waiting) -> {
            if (routes.put(type, new CorrelateEventRoute(type, waiting, journeys)) != null) {
                throw new IllegalStateException(type + " both starts a journey and is awaited by one: choose one");
            }
        });
        return routes;
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
}
