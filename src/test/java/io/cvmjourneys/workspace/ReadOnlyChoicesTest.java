package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.journeys.movinghouse.MovingHouseVariables;
import io.cvmjourneys.network.Serviceability;
import io.cvmjourneys.testsupport.CatalogMigrations;
import io.cvmjourneys.testsupport.DecisionTables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A read-only choice is how a form shows a code in words, in the workspace and in Tasklist alike. Its
 * options name every code the variable can take and nothing else: a new strategy, segment or program
 * added to its source fails here, before an agent meets it as a raw code or an empty box.
 */
class ReadOnlyChoicesTest {

    /** Where the codes of each variable a form shows as a read-only choice come from. */
    private static final Map<String, Callable<Set<String>>> CODES = Map.of(
            "customerSegment", () -> names(Segment.values()),
            "severity", () -> optionValues("forms/complaint-feedback/triage-complaint.form", "severity"),
            "analystRecommendation", () -> optionValues("forms/program-review/review-program-results.form",
                    "analystRecommendation"),
            "actionRecommendation", () -> optionValues("forms/action-review/review-action-figures.form",
                    "actionRecommendation"),
            "linkedProgram", CatalogMigrations::programs,
            "collectionStrategy", () -> DecisionTables.outputValues("dmn/collection-strategy.dmn", "collectionStrategy",
                    "collectionStrategy"),
            "serviceOption", () -> DecisionTables.outputValues("dmn/moving-house-service-option.dmn",
                    "movingHouseServiceOption", "serviceOption"),
            "newTechnology", () -> DecisionTables.outputValues("dmn/moving-house-service-option.dmn",
                    "movingHouseServiceOption", "newTechnology"),
            "currentTechnology", () -> Stream.concat(Serviceability.technologies().stream(),
                    Stream.of(MovingHouseVariables.NO_HOME_CONNECTION)).collect(Collectors.toSet()));

    record Shown(Path form, FormField field) {
        @Override
        public String toString() {
            return form.getParent().getFileName() + "/" + form.getFileName() + ": " + field.key();
        }
    }

    static Stream<Shown> readOnlyChoices() throws IOException {
        return DeployedFormsTest.forms().flatMap(file -> DeployedFormsTest.read(file).fields().stream()
                .filter(field -> field.readonly() && (field.kind() == FormField.Kind.SELECT || field.kind() == FormField.Kind.RADIO))
                .map(field -> new Shown(file, field)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readOnlyChoices")
    void namesEveryCodeItsVariableCanTakeInWordsAndNothingElse(Shown shown) throws Exception {
        FormField field = shown.field();
        assertThat(CODES).as("where the codes of %s come from: add its source to CODES", field.key())
                .containsKey(field.key());

        assertThat(field.options()).extracting(FormField.Option::value)
                .containsExactlyInAnyOrderElementsOf(CODES.get(field.key()).call());
        assertThat(field.options()).extracting(FormField.Option::label).as("each code in its own words")
                .doesNotHaveDuplicates();
    }

    @Test
    void aVariableShownOnSeveralFormsReadsTheSameOnEach() throws IOException {
        Map<String, Set<List<FormField.Option>>> wordsPerVariable = readOnlyChoices().collect(Collectors.groupingBy(
                shown -> shown.field().key(), Collectors.mapping(shown -> shown.field().options(), Collectors.toSet())));

        assertThat(wordsPerVariable).allSatisfy((key, words) -> assertThat(words).as(key).hasSize(1));
    }

    /** The CVM manager reads a program as the next-best-actions panel names it (messages.properties). */
    @Test
    void aProgramIsNamedAsEverywhereElse() throws IOException {
        Properties messages = new Properties();
        try (InputStream file = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            messages.load(file);
        }
        FormField program = DeployedFormsTest.read(Path.of("forms/complaint-feedback/review-action-complaints.form")).fields()
                .stream().filter(field -> "linkedProgram".equals(field.key())).findFirst().orElseThrow();

        assertThat(program.options()).allSatisfy(option ->
                assertThat(option.label()).isEqualTo(messages.getProperty("program." + option.value())));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> optionValues(String form, String key) {
        return DeployedFormsTest.read(Path.of(form)).fields().stream().filter(field -> key.equals(field.key()))
                .flatMap(field -> field.options().stream()).map(FormField.Option::value).collect(Collectors.toSet());
    }
}
