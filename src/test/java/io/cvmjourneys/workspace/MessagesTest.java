package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.testsupport.CatalogMigrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
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
                Arrays.stream(Channel.values()).map(channel -> "channel." + channel),
                Arrays.stream(ActionKind.values()).map(kind -> "kind." + kind),
                CatalogMigrations.programs().stream().map(program -> "program." + program)).flatMap(stream -> stream);

        assertThat(keys.filter(key -> !messages.containsKey(key)).toList()).as("codes without words").isEmpty();
    }
}
