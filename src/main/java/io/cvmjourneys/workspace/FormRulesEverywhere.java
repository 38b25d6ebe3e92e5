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
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The workspace's form rules, checked by the engine for a task completed anywhere else: in Camunda
 * Tasklist (whose form-js knows neither our custom properties nor our phone rule) or over REST. The
 * same {@link FormValidator} as on the workspace page, over the task's variables as the form would
 * show them, so a rule holds whichever way the task was completed.
 */
@Component
class FormRulesEverywhere implements TaskFormRules {

    private final ObjectMapper json;
    private final Clock clock;

    FormRulesEverywhere(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        if (!(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null
                || entity.getTaskDefinition().getCamundaFormDefinitionKey() == null) {
            return;
        }
        CamundaForm form = form(task);
        Map<String, Object> values = new HashMap<>(task.getVariables());
        values.putAll(submitted);
        Map<String, String> asEntered = new HashMap<>();
        form.inputs().forEach(field -> asEntered.put(field.key(), asEntered(values.get(field.key()), clock)));
        FormSubmission checked = FormValidator.check(form, asEntered, values, LocalDate.now(clock));
        if (!checked.isValid()) {
            throw new FormFieldValidationException(checked.errors(), form.inputs().stream()
                    .filter(field -> checked.errors().containsKey(field.key()))
                    .map(field -> (field.label() == null ? field.key() : field.label()) + ": " + checked.errors().get(field.key()))
                    .collect(Collectors.joining(" ", "\"" + task.getName() + "\" cannot be completed. ", "")));
        }
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
