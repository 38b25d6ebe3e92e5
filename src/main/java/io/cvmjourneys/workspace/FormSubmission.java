package io.cvmjourneys.workspace;

import java.util.Map;

/**
 * A task form as the agent submitted it: what was typed (to show again), the typed process
 * variables to complete the task with, and a message per field that breaks one of the form's rules.
 */
record FormSubmission(Map<String, String> entered, Map<String, Object> variables, Map<String, String> errors) {

    FormSubmission {
        entered = Map.copyOf(entered);
        variables = Map.copyOf(variables);
        errors = Map.copyOf(errors);
    }

    boolean isValid() {
        return errors.isEmpty();
    }
}
