package io.cvmjourneys.journeys;

import static io.cvmjourneys.testsupport.DecisionTables.DMN;
import static io.cvmjourneys.testsupport.DecisionTables.parse;
import static io.cvmjourneys.testsupport.DecisionTables.ruleIds;
import static io.cvmjourneys.testsupport.DecisionTables.rulesTested;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The priority a journey's task starts with, one test row per rule, on the engine's FEEL setup. */
class TaskPriorityTableTest {

    private static final String FILE = "dmn/task-priority.dmn";
    private static DmnDecision table;

    @BeforeAll
    static void parseTable() throws IOException {
        table = parse(FILE, TaskPriority.DECISION);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("SevereComplaint", "HIGH", false, "MASS", 80),
                Arguments.of("SevereComplaint", "HIGH", true, "VIP", 80),
                Arguments.of("VulnerableCustomer", "LOW", true, "MASS", 70),
                Arguments.of("VulnerableCustomer", null, true, null, 70),
                Arguments.of("VipCustomer", null, false, "VIP", 70),
                Arguments.of("MediumComplaint", "MEDIUM", false, "MASS", 60),
                Arguments.of("HighValueCustomer", "LOW", false, "HIGH_VALUE", 60),
                Arguments.of("EveryOtherTask", "LOW", false, "MASS", 50),
                Arguments.of("EveryOtherTask", null, false, null, 50));
    }

    @ParameterizedTest(name = "{0}: severity {1}, vulnerable {2}, {3} → {4}")
    @MethodSource("rows")
    void severeComplaintsVulnerableAndValuableCustomersComeFirst(String rule, String severity, boolean vulnerable,
                                                                   String segment, int priority) {
        assertThat(DMN.evaluateDecisionTable(table, Variables.createVariables().putValue("severity", severity)
                .putValue("vulnerable", vulnerable).putValue("customerSegment", segment)).<Integer>getSingleEntry())
                .isEqualTo(priority);
    }

    @Test
    void everyRuleHasATestRowAndTheListenerPassesEveryInput() throws IOException {
        assertThat(rulesTested(rows())).containsExactlyInAnyOrderElementsOf(ruleIds(FILE));
        assertThat(Pattern.compile("<inputExpression [^>]*>\\s*<text>(\\w+)</text>").matcher(Files.readString(Path.of(FILE)))
                .results().map(match -> match.group(1)).toList()).containsExactlyInAnyOrderElementsOf(TaskPriority.INPUTS);
    }
}
