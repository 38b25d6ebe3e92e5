package io.cvmjourneys.workspace;

import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The journeys an agent can start from the customer page: one per moment type a registered
 * {@link JourneyTrigger} starts on, so a program's trigger appears here as soon as it is merged.
 * Starting goes through the same intake as POST /api/moments.
 */
@Component
class JourneyStarts {

    /** A moment an agent can hand in, with the data fields its journey asks for. */
    record Offer(MomentType type, String journey, List<MomentField> fields) {
    }

    private static final Pattern EVENT_ID = Pattern.compile("workspace-[0-9a-f-]{36}");

    private final List<Offer> offers;
    private final MomentIntake intake;
    private final Clock clock;

    JourneyStarts(List<JourneyTrigger> triggers, MomentIntake intake, Clock clock) {
        this.offers = triggers.stream()
                .flatMap(trigger -> trigger.startedBy().stream()
                        .map(type -> new Offer(type, trigger.processId(), trigger.dataFields(type))))
                .sorted(Comparator.comparing(offer -> offer.type().name()))
                .toList();
        this.intake = intake;
        this.clock = clock;
    }

    List<Offer> offers() {
        return offers;
    }

    Optional<Offer> offer(MomentType type) {
        return offers.stream().filter(offer -> offer.type() == type).findFirst();
    }

    /**
     * Hands the moment to the intake. The event id comes from the page the agent submitted, so a
     * double click or a resubmitted page starts nothing twice.
     */
    MomentAnswer start(Agent agent, String customerId, Offer offer, String eventId, Map<String, String> entered) {
        if (eventId == null || !EVENT_ID.matcher(eventId).matches()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The page is out of date: reload it and try again.", "eventId");
        }
        Map<String, Object> data = new HashMap<>();
        for (MomentField field : offer.fields()) {
            String value = entered.get(field.name());
            if (value != null && !value.isBlank()) {
                put(data, field.name(), field.kind() == MomentField.Kind.NUMBER ? number(field, value.strip()) : (Object) value.strip());
            }
        }
        return intake.receive(new Moment(eventId, customerId, offer.type(), agent.channel(), clock.instant(), data));
    }

    private static BigDecimal number(MomentField field, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            throw new ApiException(HttpStatus.BAD_REQUEST, field.label() + ": \u201c" + value + "\u201d is not a number",
                    "data." + field.name());
        }
    }

    /** A dotted name ({@code newAddress.street}) is an entry of a nested object, as the API's JSON would carry it. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> data, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            data.put(name, value);
            return;
        }
        Map<String, Object> nested = (Map<String, Object>) data.computeIfAbsent(name.substring(0, dot), key -> new HashMap<>());
        put(nested, name.substring(dot + 1), value);
    }
}
