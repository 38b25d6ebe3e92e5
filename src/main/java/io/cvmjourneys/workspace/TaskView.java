package io.cvmjourneys.workspace;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An open task with what its form needs: the form (null when the task has none) and the task's
 * variables, which fill read-only fields and the form's initial values; whether the viewer may work
 * it, and the teams that do (by their names), for a viewer who may only read it.
 */
record TaskView(AgentTask task, CamundaForm form, Map<String, Object> variables, boolean workable, List<String> workedBy) {

    TaskView {
        // journey variables may be null (e.g. no offer fitted), which Map.copyOf refuses
        variables = Collections.unmodifiableMap(new HashMap<>(variables));
        workedBy = List.copyOf(workedBy);
    }

    /** The value a field starts with: the variable's, else the form's default. */
    public Object initialValue(FormField field) {
        Object value = field.key() == null ? null : variables.get(field.key());
        return value != null ? value : field.defaultValue();
    }

    /** What the form's inputs show before the agent types anything, as the browser would send it. */
    Map<String, String> initialEntries() {
        Map<String, String> entries = new HashMap<>();
        for (FormField field : form.inputs()) {
            Object value = initialValue(field);
            if (value != null) {
                entries.put(field.key(), value.toString());
            }
        }
        return entries;
    }

    public String variable(String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }
}
