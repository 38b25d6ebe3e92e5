package io.cvmjourneys.engine;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/** What journey delegates share about the step they run in. */
public final class JourneySteps {

    /** Unique per journey and step: the key that makes a retried step's side effect happen once. */
    public static String reference(DelegateExecution execution) {
        return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    }

    /** For a step a journey runs again on purpose (a loop): unique per journey, step and round. */
    public static String reference(DelegateExecution execution, int round) {
        return reference(execution) + "#" + round;
    }

    /** The journey a step runs in, as decisions see running journeys: key, instance and the step itself. */
    public static ActiveJourney journey(DelegateExecution execution) {
        String step = execution.getCurrentActivityName() == null ? execution.getCurrentActivityId()
                : execution.getCurrentActivityName();
        return ActiveJourney.of(((ExecutionEntity) execution).getProcessDefinition(), execution.getProcessInstanceId(),
                step == null ? List.of() : List.of(step));
    }

    /**
     * A variable the step cannot work without. Missing, it is the starter's mistake (a journey started
     * over /engine-rest or from Camunda Modeler without the variables a moment gives it), so it is a
     * refusal (400 to that caller, nothing saved), said plainly; in a later step it is an incident.
     */
    public static String required(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new BadUserRequestException("The journey cannot go on at step '" + execution.getCurrentActivityId()
                    + "': it has no '" + variable + "'. Journeys start from a moment (POST /api/moments), which gives"
                    + " them the customer, the channel and the moment; started any other way, they need those variables.");
        }
        return text;
    }

    private JourneySteps() {
    }
}
