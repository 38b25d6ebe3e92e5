package io.cvmjourneys.moments;

import io.cvmjourneys.engine.JourneyStartRules;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A journey that moments start, started some other way — over /engine-rest, from Cockpit, from code —
 * must be given what the intake would have given it from the moment: a known customer, a channel, the
 * moment's type among those that start it, and the journey's own required start variables. Refused
 * before it starts otherwise, with what is missing; a start that skips the intake also skips its
 * checks for duplicates, which is why the README points at POST /api/moments.
 */
@Component
class StartsBesideTheIntake implements JourneyStartRules {

    private final Map<String, JourneyTrigger> triggers;
    private final KnownCustomers customers;

    StartsBesideTheIntake(List<JourneyTrigger> triggers, KnownCustomers customers) {
        this.triggers = triggers.stream().collect(Collectors.toMap(JourneyTrigger::processId, Function.identity()));
        this.customers = customers;
    }

    @Override
    public void check(String processDefinitionKey, Map<String, ?> variables) {
        JourneyTrigger trigger = triggers.get(processDefinitionKey);
        if (trigger == null) {
            return;
        }
        List<String> needed = Stream.concat(Stream.of(JourneyStartVariables.CUSTOMER_ID, JourneyStartVariables.CHANNEL,
                JourneyStartVariables.MOMENT_TYPE), new TreeSet<>(trigger.requiredStartVariables()).stream()).toList();
        List<String> missing = needed.stream().filter(name -> !given(value(variables, name))).toList();
        if (!missing.isEmpty()) {
            throw refused(trigger, needed, "it lacks " + String.join(", ", missing) + ".");
        }
        String customer = String.valueOf(value(variables, JourneyStartVariables.CUSTOMER_ID));
        if (!customers.exists(customer)) {
            throw refused(trigger, needed, "there is no customer " + customer + ".");
        }
        String channel = String.valueOf(value(variables, JourneyStartVariables.CHANNEL));
        if (Arrays.stream(Channel.values()).noneMatch(known -> known.name().equals(channel))) {
            throw refused(trigger, needed, "channel " + channel + " is none of " + Arrays.toString(Channel.values()) + ".");
        }
        String type = String.valueOf(value(variables, JourneyStartVariables.MOMENT_TYPE));
        if (trigger.startedBy().stream().noneMatch(starting -> starting.name().equals(type))) {
            throw refused(trigger, needed, "momentType " + type + " does not start it; " + new TreeSet<>(trigger.startedBy())
                    + " do.");
        }
    }

    private static BadUserRequestException refused(JourneyTrigger trigger, List<String> needed, String problem) {
        return new BadUserRequestException("The journey " + trigger.processId() + " was not started: " + problem
                + " Journeys start from a moment (POST /api/moments), which gives them the customer, the channel and the"
                + " moment; started any other way, this one needs " + String.join(", ", needed) + ".");
    }

    private static Object value(Map<String, ?> variables, String name) {
        Object value = variables.get(name);
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    private static boolean given(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }
}
