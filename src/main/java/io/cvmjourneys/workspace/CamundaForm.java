package io.cvmjourneys.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A Camunda Form (.form JSON, the file Camunda Tasklist renders), read into the fields the
 * workspace renders. Groups are flattened: their fields belong to the one task form.
 */
record CamundaForm(String id, List<FormField> fields) {

    /**
     * The component properties the workspace honours, on the page and in validation alike; a form
     * using any other is flagged by a test before it reaches an agent.
     */
    static final Set<String> SUPPORTED_PROPERTIES = Set.of("id", "key", "type", "label", "dateLabel", "timeLabel",
            "description", "text", "readonly", "disabled", "defaultValue", "values", "subtype", "validate", "conditional",
            "components", "disallowPassedDates", "properties", "appearance", "decimalDigits");
    static final Set<String> SUPPORTED_RULES = Set.of("required", "min", "max", "minLength", "maxLength", "pattern",
            "validationType");
    static final Set<String> SUPPORTED_CUSTOM_PROPERTIES = Set.of("maxDaysAhead", "patternMessage", "refuseWhen",
            "refuseMessage");
    static final Set<String> SUPPORTED_CONDITIONS = Set.of("hide");
    static final Set<String> SUPPORTED_APPEARANCE = Set.of("prefixAdorner", "suffixAdorner");

    CamundaForm {
        fields = List.copyOf(fields);
    }

    List<FormField> inputs() {
        return fields.stream().filter(FormField::isInput).toList();
    }

    /** Input components the workspace cannot render: such a form is completed in Tasklist. */
    List<FormField> unsupported() {
        return fields.stream().filter(field -> field.kind() == FormField.Kind.UNSUPPORTED && field.key() != null).toList();
    }

    static CamundaForm read(InputStream json, ObjectMapper mapper) throws IOException {
        JsonNode form = mapper.readTree(json);
        List<FormField> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        return new CamundaForm(text(form, "id"), fields);
    }

    private static void collect(JsonNode components, List<FormField> fields) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.get("components"), fields);
                continue;
            }
            fields.add(field(component));
        }
    }

    private static FormField field(JsonNode component) {
        JsonNode validate = component.path("validate");
        JsonNode custom = component.path("properties");
        FormField.Rules rules = new FormField.Rules(validate.path("required").asBoolean(false),
                decimal(validate, "min"), decimal(validate, "max"), whole(validate, "minLength"),
                whole(validate, "maxLength"), text(validate, "pattern"), text(validate, "validationType"),
                text(custom, "patternMessage"), component.path("disallowPassedDates").asBoolean(false),
                text(custom, "maxDaysAhead") == null ? null : Integer.valueOf(text(custom, "maxDaysAhead")),
                expression(text(custom, "refuseWhen")), text(custom, "refuseMessage"));
        List<FormField.Option> options = new ArrayList<>();
        for (JsonNode option : component.path("values")) {
            options.add(new FormField.Option(option.path("label").asText(option.path("value").asText()),
                    option.path("value").asText()));
        }
        JsonNode defaultValue = component.get("defaultValue");
        String label = Stream.of("label", "dateLabel", "timeLabel").map(name -> text(component, name)).filter(Objects::nonNull)
                .findFirst().orElse(null);
        String hide = text(component.path("conditional"), "hide");
        return new FormField(text(component, "id"), FormField.Kind.of(text(component, "type")), text(component, "key"),
                label, text(component, "description"), text(component, "text"),
                component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
                defaultValue == null || defaultValue.isNull() ? null
                        : defaultValue.isNumber() ? defaultValue.numberValue()
                        : defaultValue.isBoolean() ? defaultValue.booleanValue() : defaultValue.asText(),
                rules, options, text(component, "subtype"), expression(hide),
                new FormField.Appearance(text(component.path("appearance"), "prefixAdorner"),
                        text(component.path("appearance"), "suffixAdorner"), whole(component, "decimalDigits")));
    }

    /** A FEEL expression as Camunda Forms writes it, with a leading "=". */
    private static String expression(String written) {
        return written == null ? null : written.replaceFirst("^=", "");
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isNumber() ? null : value.decimalValue();
    }

    private static Integer whole(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.canConvertToInt() ? null : value.intValue();
    }
}
