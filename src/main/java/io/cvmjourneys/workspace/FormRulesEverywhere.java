package io.cvmjourneys.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.engine.TaskFormRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.springframework.stereotype.Component;

/**
 * The workspace's form rules, checked by the engine for a task completed anywhere else: in Camunda
 * Tasklist (whose form-js knows neither our custom properties nor our phone rule) or over REST. The
 * same {@link FormValidator} as on the workspace page, over the task's variables as the form would
 * show them, so a rule holds whichever way the task was completed.
 */
@Component
class FormRulesEverywhere implements TaskFormRules {

    private static final Object NOT_PLAIN = new Object();

    private final ObjectMapper json;
    private final Clock clock;

    FormRulesEverywhere(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted, boolean alreadySet) {
        if (!(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null
                || entity.getTaskDefinition().getCamundaFormDefinitionKey() == null) {
            return;
        }
        if (entity.getExecutionId() != null && entity.getExecution() == null) {
            // a completion that ran at the same moment moved the journey on and committed first
            throw new OptimisticLockingException("Task " + task.getId() + " was completed at the same moment");
        }
        CamundaForm form = form(task);
        Map<String, Object> sent = new HashMap<>();
        Map<String, String> refused = new TreeMap<>();
        submitted.keySet().forEach(name -> {
            Object value = plainValue(submitted, name);
            if (value == NOT_PLAIN) {
                refused.put(name, "send a plain value: text, a number, true or false, or a date.");
            } else {
                sent.put(name, value);
            }
        });
        refused.putAll(notOnTheForm(form, task, sent, alreadySet));
        if (!refused.isEmpty()) {
            throw refusal(task, refused, refused.keySet().stream().toList(), name -> name);
        }
        Map<String, Object> values = new HashMap<>(task.getVariables());
        values.putAll(sent);
        Map<String, String> asEntered = new HashMap<>();
        form.inputs().forEach(field -> asEntered.put(field.key(), asEntered(values.get(field.key()), clock)));
        FormSubmission checked = FormValidator.check(form, asEntered, values, LocalDate.now(clock));
        if (!checked.isValid()) {
            Map<String, String> labels = new HashMap<>();
            form.inputs().forEach(field -> labels.put(field.key(), field.label() == null ? field.key() : field.label()));
            throw refusal(task, checked.errors(), form.inputs().stream().map(FormField::key).toList(), labels::get);
        }
    }

    /** The form's refusal: each field's problem, in the form's order, after the task's name. */
    private static FormFieldValidationException refusal(DelegateTask task, Map<String, String> errors, List<String> order,
                                                        Function<String, String> label) {
        return new FormFieldValidationException(errors, order.stream().filter(errors::containsKey)
                .map(name -> label.apply(name) + ": " + errors.get(name))
                .collect(Collectors.joining(" ", "\"" + task.getName() + "\" cannot be completed. ", "")));
    }

    /**
     * A submitted value as the form's rules read it; {@link #NOT_PLAIN} for an object (a serialized
     * value, which a form never sends and whose reading would fail on its bytes).
     */
    private static Object plainValue(Map<String, Object> submitted, String name) {
        if (submitted instanceof VariableMap typed && typed.getValueTyped(name) instanceof SerializableValue) {
            return NOT_PLAIN;
        }
        return submitted.get(name);
    }

    /**
     * What was sent besides what the form lets the user fill in: a completion or submission carries the
     * form's inputs, and no other variable of the journey (its customer, channel, the offer it made). A
     * read-only field may come back unchanged, as a submitted form sends it; a completion over REST,
     * whose values are set before this check, has no reason to send one and may not.
     */
    private static Map<String, String> notOnTheForm(CamundaForm form, DelegateTask task, Map<String, Object> submitted,
                                                    boolean alreadySet) {
        Set<String> inputs = form.inputs().stream().map(FormField::key).collect(Collectors.toSet());
        Map<String, FormField> shown = form.fields().stream().filter(field -> field.key() != null)
                .collect(Collectors.toMap(FormField::key, field -> field, (first, second) -> first));
        Map<String, String> refused = new HashMap<>();
        submitted.forEach((name, value) -> {
            if (inputs.contains(name)) {
                return;
            }
            if (!shown.containsKey(name)) {
                refused.put(name, "is not on this form; a task's completion sets only the form's fields.");
            } else if (alreadySet || !Objects.equals(String.valueOf(value), String.valueOf(task.getVariable(name)))) {
                refused.put(name, "is shown read-only on this form and cannot be changed.");
            }
        });
        return refused;
    }

    private CamundaForm form(DelegateTask task) {
        try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
            return CamundaForm.read(form, json);
        } catch (IOException e) {
            throw new UncheckedIOException("The task's form cannot be read", e);
        }
    }

    /** A variable as a form shows it for editing: dates as days in the operator's zone, numbers in plain digits. */
    private static String asEntered(Object value, Clock clock) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), clock.getZone()).toString();
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
