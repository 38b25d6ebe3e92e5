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

/** Decision tables from dmn/ on the engine's FEEL setup, and which of their rules a test's rows cover. */
public final class DecisionTables {

    public static final DmnEngine DMN = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();

    public static DmnDecision parse(String file, String key) throws IOException {
        try (InputStream model = Files.newInputStream(Path.of(file))) {
            return DMN.parseDecision(key, model);
        }
    }

    /** The rule ids of the file, without their {@code Rule_} prefix. */
    public static List<String> ruleIds(String file) throws IOException {
        return Pattern.compile("<rule id=\"Rule_(\\w+)\"").matcher(Files.readString(Path.of(file))).results()
                .map(match -> match.group(1)).toList();
    }

    /** The rules test rows name as their first argument. */
    public static List<String> rulesTested(Stream<Arguments> rows) {
        return rows.map(row -> (String) row.get()[0]).distinct().toList();
    }

    private DecisionTables() {
    }
}
