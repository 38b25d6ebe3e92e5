package io.cvmjourneys.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A journey's decision tables in tests, on the engine's FEEL setup (legacy, JUEL-based). Test rows
 * name their rule first, so a test can check every rule of a table has a row.
 */
public final class DecisionTables {

    public static final DmnEngine DMN = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();

    public static DmnDecision parse(String file, String key) throws IOException {
        try (InputStream model = Files.newInputStream(Path.of(file))) {
            return DMN.parseDecision(key, model);
        }
    }

    /** The rule ids (without "Rule_") of the table in the file. */
    public static List<String> ruleIds(String file) throws IOException {
        return Pattern.compile("<rule id=\"Rule_(\\w+)\"").matcher(Files.readString(Path.of(file))).results()
                .map(match -> match.group(1)).toList();
    }

    /**
     * The values an output of a decision table can take: its rules' output entries without their quotes.
     * An empty entry (no value) is left out.
     */
    public static Set<String> outputValues(String file, String decisionId, String outputName) {
        Decision decision = Dmn.readModelFromFile(new File(file)).getModelElementById(decisionId);
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
        int column = outputs.indexOf(outputName);
        if (column < 0) {
            throw new IllegalArgumentException(decisionId + " has no output " + outputName + ", only " + outputs);
        }
        return table.getRules().stream()
                .map(rule -> List.copyOf(rule.getOutputEntries()).get(column).getText().getTextContent().strip())
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.replaceAll("^\"|\"$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The rules test rows name (each row's first argument). */
    public static List<String> rulesTested(Stream<Arguments> rows) {
        return rows.map(row -> (String) row.get()[0]).distinct().toList();
    }

    private DecisionTables() {
    }
}
