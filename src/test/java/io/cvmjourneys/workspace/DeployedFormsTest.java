package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form in forms/ (today's and those other journeys add) is one the workspace renders in full,
 * and a submission that meets its rules is accepted: no form ends up only completable in Tasklist.
 */
class DeployedFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Stream<Path> forms() throws IOException {
        return Files.walk(Path.of("forms")).filter(path -> path.toString().endsWith(".form")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyFormRendersWithComponentsTheWorkspaceKnows(Path file) throws IOException {
        CamundaForm form = read(file);

        assertThat(form.id()).isEqualTo(file.getParent().getFileName() + "-" + file.getFileName().toString().replace(".form", ""));
        assertThat(form.fields()).extracting(FormField::kind).doesNotContain(FormField.Kind.UNSUPPORTED);
        assertThat(form.inputs()).as("a task form asks the agent something").isNotEmpty();
        assertThat(form.fields()).filteredOn(field -> field.kind() == FormField.Kind.SELECT || field.kind() == FormField.Kind.RADIO)
                .allSatisfy(field -> assertThat(field.options()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aSubmissionMeetingTheRulesIsAcceptedAndAnEmptyOneIsNotWhenSomethingIsRequired(Path file) throws IOException {
        CamundaForm form = read(file);
        Map<String, String> submitted = new HashMap<>();
        form.inputs().forEach(field -> submitted.put(field.key(), acceptable(field)));

        assertThat(FormValidator.validate(form, submitted, Map.of(), TODAY).errors()).isEmpty();
        Set<String> hiddenWhileEmpty = FormValidator.hiddenKeys(form, Map.of(), Map.of());
        List<String> required = form.inputs().stream().filter(field -> field.rules().required())
                .map(FormField::key).filter(key -> !hiddenWhileEmpty.contains(key)).toList();
        assertThat(FormValidator.validate(form, Map.of(), Map.of(), TODAY).errors()).containsOnlyKeys(required);
    }

    /** Triage names the action from the catalog: a near miss is refused with a sentence; no CVM cause, no action asked. */
    @Test
    void triagePicksTheActionFromTheCatalogOnlyForACvmRootCause() throws IOException {
        CamundaForm triage = read(Path.of("forms/complaint-feedback/triage-complaint.form"));
        Map<String, String> entered = new HashMap<>(Map.of("category", "OFFERS", "severity", "LOW", "rootCause", "CVM_OFFER",
                "linkedAction", "LOYALTY_REWARX"));

        assertThat(FormValidator.validate(triage, entered, Map.of(), TODAY).errors())
                .containsExactly(Map.entry("linkedAction", "Choose one of the options offered."));
        entered.put("linkedAction", "");
        assertThat(FormValidator.validate(triage, entered, Map.of(), TODAY).errors())
                .containsExactly(Map.entry("linkedAction", "Choose one: this is required."));
        entered.put("rootCause", "BILLING");
        assertThat(FormValidator.validate(triage, entered, Map.of("linkedAction", "LOYALTY_REWARD"), TODAY).variables())
                .doesNotContainKey("linkedAction");
    }

    /** A form may only use what the workspace honours; anything else would be silently ignored on the page. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyPropertyAFormUsesIsOneTheWorkspaceHonours(Path file) throws IOException {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        List<String> unsupported = new ArrayList<>();
        collectUnsupported(form.path("components"), unsupported);
        assertThat(unsupported).as("properties the workspace would ignore").isEmpty();
    }

    private static void collectUnsupported(JsonNode components, List<String> unsupported) {
        for (JsonNode component : components) {
            component.fieldNames().forEachRemaining(name -> {
                if (!CamundaForm.SUPPORTED_PROPERTIES.contains(name)) {
                    unsupported.add(component.path("id").asText() + "." + name);
                }
            });
            component.path("validate").fieldNames().forEachRemaining(name -> {
                if (!CamundaForm.SUPPORTED_RULES.contains(name)) {
                    unsupported.add(component.path("id").asText() + ".validate." + name);
                }
            });
            component.path("properties").fieldNames().forEachRemaining(name -> {
                if (!CamundaForm.SUPPORTED_CUSTOM_PROPERTIES.contains(name)) {
                    unsupported.add(component.path("id").asText() + ".properties." + name);
                }
            });
            component.path("appearance").fieldNames().forEachRemaining(name -> {
                if (!CamundaForm.SUPPORTED_APPEARANCE.contains(name)) {
                    unsupported.add(component.path("id").asText() + ".appearance." + name);
                }
            });
            component.path("conditional").fieldNames().forEachRemaining(name -> {
                if (!CamundaForm.SUPPORTED_CONDITIONS.contains(name)) {
                    unsupported.add(component.path("id").asText() + ".conditional." + name);
                }
            });
            collectUnsupported(component.path("components"), unsupported);
        }
    }

    private static String acceptable(FormField field) {
        return switch (field.kind()) {
            case NUMBER -> field.rules().min() != null ? field.rules().min().toPlainString() : "1";
            case SELECT, RADIO -> field.options().get(0).value();
            case CHECKBOX -> "true";
            case DATETIME -> switch (field.htmlDateType()) {
                case "time" -> "10:00";
                case "datetime-local" -> "2030-01-01T10:00";
                default -> TODAY.plusDays(1).toString();
            };
            default -> field.rules().pattern() == null ? "Customer agreed"
                    : field.rules().required() ? "Morgan, +44 7700 900123" : "";
        };
    }

    static CamundaForm read(Path file) {
        try (InputStream json = Files.newInputStream(file)) {
            return CamundaForm.read(json, new ObjectMapper());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
