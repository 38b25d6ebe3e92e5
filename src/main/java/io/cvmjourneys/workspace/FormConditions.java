package io.cvmjourneys.workspace;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form's conditions as Camunda Forms evaluates them: each component's {@code conditional.hide}
 * is a FEEL expression over the form's values (the task's variables and what the agent entered),
 * evaluated by Camunda's own FEEL engine. The page and the server ask the same question here.
 */
final class FormConditions {

    private static final Logger log = LoggerFactory.getLogger(FormConditions.class);
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    /** The keys of the fields hidden for these values; a condition that does not evaluate hides nothing. */
    static Set<String> hiddenKeys(CamundaForm form, Map<String, Object> values) {
        return form.fields().stream()
                .filter(field -> field.key() != null && field.hide() != null && holds(field, field.hide(), values))
                .map(FormField::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the field's {@code refuseWhen} condition holds for these values: then what was entered is refused. */
    static boolean refuses(FormField field, Map<String, Object> values) {
        return field.rules().refuseWhen() != null && holds(field, field.rules().refuseWhen(), values);
    }

    /** A condition that does not evaluate does not hold. */
    private static boolean holds(FormField field, String condition, Map<String, Object> values) {
        EvaluationResult result = FEEL.evaluateExpression(condition, values);
        if (!result.isSuccess()) {
            log.warn("Form field {}: its condition '{}' does not evaluate: {}", field.id(), condition,
                    result.failure().message());
            return false;
        }
        return Boolean.TRUE.equals(result.result());
    }

    private FormConditions() {
    }
}
