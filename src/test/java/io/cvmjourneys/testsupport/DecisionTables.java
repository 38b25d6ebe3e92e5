package io.cvmjourneys.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Decision tables from dmn/ on the engine's FEEL setup, and the check that every rule has a test
 * row: rows name their rule first, as the table's {@code Rule_<name>} id does.
 */
public final class DecisionTables {

    public static final DmnEngine DMN = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();

    public static DmnDecision parse(String file, String key) throws IOException {
        try (InputStream model = Files.newInputStream(Path.of(file))) {
            return DMN.parseDecision(key, model);
        }
    }

    /** The rules the rows test, each once. */
    public static List<String> rulesTested(Stream<Arguments> rows) {
        return rows.map(row -> (String) row.get()[0]).distinct().toList();
    }

    /** The rules of a table file, by the name after {@code Rule_}. */
    public static List<String> ruleIds(String file) throws IOException {
        return Pattern.compile("<rule id=\"Rule_(\\w+)\"").matcher(Files.readString(Path.of(file))).results()
                .map(match -> match.group(1)).toList();
    }

    private DecisionTables() {
    }
}
