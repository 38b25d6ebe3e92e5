package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.journeys.cancellation.CancellationReason;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.nba.Outcome;
import io.cvmjourneys.security.Role;
import io.cvmjourneys.testsupport.CatalogMigrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.cvmjourneys.programs.ProgramStatus;
import org.junit.jupiter.api.Test;

/** Every code a page names has words in messages.properties: a new moment, channel or program cannot show raw. */
class MessagesTest {

    @Test
    void everyMomentChannelKindAndCatalogProgramHasALabel() throws IOException {
        Properties messages = new Properties();
        try (InputStream file = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            messages.load(file);
        }
        Stream<String> keys = Stream.of(
                Arrays.stream(MomentType.values()).map(type -> "moment." + type),
                Arrays.stream(MomentType.values()).map(type -> "start." + type),
                Arrays.stream(CancellationReason.values()).map(reason -> "reason." + reason),
                Arrays.stream(Segment.values()).map(segment -> "segment." + segment),
                Arrays.stream(ConsentPurpose.values()).map(purpose -> "consent." + purpose),
                Arrays.stream(CustomerType.values()).map(type -> "customerType." + type),
                Arrays.stream(Outcome.values()).map(outcome -> "outcome." + outcome),
                Arrays.stream(Role.values()).map(role -> "team." + role.groupId()),
                triageCategories().stream().map(category -> "category." + category),
                Arrays.stream(Channel.values()).map(channel -> "channel." + channel),
                Arrays.stream(Channel.values()).map(channel -> "channelName." + channel),
                journeyOutcomes().stream().map(outcome -> "journeyOutcome." + outcome),
                Arrays.stream(ActionKind.values()).map(kind -> "kind." + kind),
                Arrays.stream(ProgramStatus.values()).map(status -> "programStatus." + status),
                Arrays.stream(ProgramStatus.values()).map(status -> "programMove." + status),
                CatalogMigrations.programs().stream().map(program -> "program." + program)).flatMap(stream -> stream);

        assertThat(keys.filter(key -> !messages.containsKey(key)).toList()).as("codes without words").isEmpty();
    }

    /** How journeys end: every value a model in bpmn/ gives the variable "outcome". */
    private static List<String> journeyOutcomes() throws IOException {
        List<String> outcomes = new java.util.ArrayList<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.toList()) {
                Pattern.compile("name=\"outcome\" value=\"([A-Z_]+)\"").matcher(Files.readString(model)).results()
                        .map(match -> match.group(1)).forEach(outcomes::add);
            }
        }
        assertThat(outcomes).as("journey outcomes in bpmn/").isNotEmpty();
        return outcomes.stream().distinct().toList();
    }

    /** The complaint categories CX triages into, as the triage form lists them. */
    private static List<String> triageCategories() throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/complaint-feedback/triage-complaint.form").toFile());
        List<String> categories = new java.util.ArrayList<>();
        form.path("components").forEach(component -> {
            if ("category".equals(component.path("key").asText())) {
                component.path("values").forEach(option -> categories.add(option.path("value").asText()));
            }
        });
        assertThat(categories).as("the triage form's categories").isNotEmpty();
        return categories;
    }
}
