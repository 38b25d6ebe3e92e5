package io.cvmjourneys.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.engine.TaskFormRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
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
import org.camunda.bpm.engine.variable.value.TypedValue;
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
        if (!hasForm(task)) {
            return;
        }
        CamundaForm form = form(task);
        Map<String, String> refused = new TreeMap<>();
        Map<String, Object> sent = plainValues(submitted, refused);
        refused.putAll(notOnTheForm(form, task, sent, alreadySet));
        String cannot = "\"" + task.getName() + "\" cannot be completed. ";
        refuseAny(cannot, refused, List.copyOf(refused.keySet()), name -> name);
        Map<String, Object> values = new HashMap<>(task.getVariables());
        values.putAll(sent);
        Map<String, String> problems = problems(form, values, sent.keySet());
        wrongTypes(form, sent).forEach(problems::putIfAbsent);
        refuseAny(cannot, problems, inputKeys(form), labels(form));
    }

    @Override
    public void checkChange(DelegateTask task, Map<String, ?> set, Collection<String> removed) {
        if (!hasForm(task)) {
            return;
        }
        CamundaForm form = form(task);
        Map<String, String> refused = new TreeMap<>();
        Map<String, Object> changed = plainValues(set, refused);
        removed.forEach(name -> changed.putIfAbsent(name, null));
        refused.putAll(notOnTheForm(form, task, changed, true));
        String cannot = "The variables of \"" + task.getName() + "\" were not changed. ";
        refuseAny(cannot, refused, List.copyOf(refused.keySet()), name -> name);
        Map<String, Object> values = new HashMap<>(task.getVariables());
        values.putAll(changed);
        removed.forEach(values::remove);
        Map<String, String> errors = problems(form, values, set.keySet());
        errors.keySet().retainAll(set.keySet());
        wrongTypes(form, changed).forEach(errors::putIfAbsent);
        refuseAny(cannot, errors, inputKeys(form), labels(form));
    }

    /** A task whose form is a deployed Camunda Form; its journey still there as this transaction reads it. */
    private static boolean hasForm(DelegateTask task) {
        if (!(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null
                || entity.getTaskDefinition().getCamundaFormDefinitionKey() == null) {
            return false;
        }
        if (entity.getExecutionId() != null && entity.getExecution() == null) {
            // a completion that ran at the same moment moved the journey on and committed first
            throw new OptimisticLockingException("Task " + task.getId() + " was completed at the same moment");
        }
        return true;
    }

    /** The values as plain values; each one that is not is added to {@code refused}. */
    private static Map<String, Object> plainValues(Map<String, ?> submitted, Map<String, String> refused) {
        Map<String, Object> plain = new HashMap<>();
        submitted.keySet().forEach(name -> {
            Object value = plainValue(submitted, name);
            if (value == NOT_PLAIN) {
                refused.put(name, "send a plain value: text, a number, true or false, or a date.");
            } else {
                plain.put(name, value);
            }
        });
        return plain;
    }

    /**
     * What the form's rules say of these values, and of each value sent for a field the form hides for
     * them: a form never sends one, and the journey would keep an answer nobody saw the question of.
     */
    private Map<String, String> problems(CamundaForm form, Map<String, Object> values, Set<String> sent) {
        Map<String, String> asEntered = new HashMap<>();
        form.inputs().forEach(field -> asEntered.put(field.key(), asEntered(values.get(field.key()), clock)));
        Map<String, String> problems = new HashMap<>(FormValidator.check(form, asEntered, values, LocalDate.now(clock)).errors());
        FormValidator.hiddenKeys(form, asEntered, values).stream()
                .filter(name -> sent.contains(name) && !asEntered.getOrDefault(name, "").isEmpty())
                .forEach(name -> problems.put(name, "The form hides this field for the other answers given: leave it out."));
        return problems;
    }

    /**
     * Each value sent for a field of the form that is not of the type the form stores for it; where its
     * text breaks a rule as well, that rule's sentence says more and comes instead.
     */
    private static Map<String, String> wrongTypes(CamundaForm form, Map<String, Object> sent) {
        Map<String, String> wrong = new HashMap<>();
        form.inputs().stream().filter(field -> sent.containsKey(field.key())).forEach(field -> {
            String why = field.kind().wrongType(sent.get(field.key()));
            if (why != null) {
                wrong.put(field.key(), why);
            }
        });
        return wrong;
    }

    private static List<String> inputKeys(CamundaForm form) {
        return form.inputs().stream().map(FormField::key).toList();
    }

    private static Function<String, String> labels(CamundaForm form) {
        Map<String, String> labels = new HashMap<>();
        form.inputs().forEach(field -> labels.put(field.key(), field.label() == null ? field.key() : field.label()));
        return labels::get;
    }

    /** The form's refusal, if there are errors: each field's problem, in the form's order, after what was refused. */
    private static void refuseAny(String cannot, Map<String, String> errors, List<String> order, Function<String, String> label) {
        if (errors.isEmpty()) {
            return;
        }
        throw new FormFieldValidationException(errors, order.stream().filter(errors::containsKey)
                .map(name -> label.apply(name) + ": " + errors.get(name))
                .collect(Collectors.joining(" ", cannot, "")));
    }

    /**
     * A submitted value as the form's rules read it, whether the map holds it plain or typed (as
     * /engine-rest and {@code Variables.stringValue(…)} send it); {@link #NOT_PLAIN} for an object (a
     * serialized value, which a form never sends and whose reading would fail on its bytes).
     */
    private static Object plainValue(Map<String, ?> submitted, String name) {
        Object value = submitted instanceof VariableMap typed ? typed.getValueTyped(name) : submitted.get(name);
        if (value instanceof SerializableValue) {
            return NOT_PLAIN;
        }
        return value instanceof TypedValue typed ? typed.getValue() : value;
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
                refused.put(name, "is not on this form; a task takes only its form's fields.");
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
