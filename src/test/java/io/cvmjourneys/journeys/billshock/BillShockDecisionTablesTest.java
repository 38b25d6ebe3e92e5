package io.cvmjourneys.journeys.billshock;

import static io.cvmjourneys.testsupport.DecisionTables.DMN;
import static io.cvmjourneys.testsupport.DecisionTables.parse;
import static io.cvmjourneys.testsupport.DecisionTables.ruleIds;
import static io.cvmjourneys.testsupport.DecisionTables.rulesTested;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bill shock journey's decision tables, one test row per rule, on the engine's FEEL setup. */
class BillShockDecisionTablesTest {

    private static final String SHOCK_TABLE = "dmn/bill-shock.dmn";
    private static final String ADVICE_TABLE = "dmn/bill-shock-advice.dmn";
    private static DmnDecision shock;
    private static DmnDecision advice;

    @BeforeAll
    static void parseTables() throws IOException {
        shock = parse(SHOCK_TABLE, "billShock");
        advice = parse(ADVICE_TABLE, "billShockAdvice");
    }

    /** Rule, times the usual, pounds above it, segment; then what to do and whether an agent calls. */
    static Stream<Arguments> shockRows() {
        return Stream.of(
                Arguments.of("NotUnusual", 1.49, 150.0, "VIP", "NONE", false),
                Arguments.of("SmallIncrease", 3.0, 14.99, "MASS", "NONE", false),
                Arguments.of("LargeIncrease", 2.0, 100.0, "MASS", "EXPLAIN", true),
                Arguments.of("ValuableCustomer", 1.5, 40.0, "SMALL_BUSINESS", "EXPLAIN", true),
                Arguments.of("Shock", 2.2, 60.0, "MASS", "EXPLAIN", false),
                Arguments.of("Shock", 1.6, 39.0, "VIP", "EXPLAIN", false));
    }

    static Stream<Arguments> adviceRows() {
        return Stream.of(
                Arguments.of("Data", "OUT_OF_BUNDLE_DATA", "more data"),
                Arguments.of("Roaming", "ROAMING", "roaming pass"),
                Arguments.of("Premium", "PREMIUM_SERVICES", "reply BAR"),
                Arguments.of("PriceChange", "PRICE_CHANGE", "another plan may fit better"),
                Arguments.of("OneOff", "ONE_OFF_CHARGE", "a one-off"));
    }

    @ParameterizedTest(name = "{0}: {1} times the usual, £{2} more, {3} -> {4}, call {5}")
    @MethodSource("shockRows")
    void aBillIsExplainedWhenItIsFarAboveTheUsualAndAnAgentCallsWhenItMattersMost(String rule, double ratio, double increase,
                                                                                  String segment, String action, boolean call) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(shock, Variables.createVariables().putValue("billRatio", ratio)
                .putValue("billIncrease", increase).putValue("customerSegment", segment)).getSingleResult();
        assertThat((String) result.get("billAction")).isEqualTo(action);
        assertThat((Boolean) result.get("agentCall")).isEqualTo(call);
    }

    @ParameterizedTest(name = "{0}: {1} -> ...{2}...")
    @MethodSource("adviceRows")
    void theAdviceFollowsWhatMadeTheBillHigh(String rule, String cause, String says) {
        assertThat((String) DMN.evaluateDecisionTable(advice, Variables.createVariables().putValue("billCause", cause))
                .getSingleEntry()).contains(says);
    }

    @Test
    void everyRuleOfBothTablesHasATestRow() throws IOException {
        assertThat(rulesTested(shockRows())).containsExactlyInAnyOrderElementsOf(ruleIds(SHOCK_TABLE));
        assertThat(rulesTested(adviceRows())).containsExactlyInAnyOrderElementsOf(ruleIds(ADVICE_TABLE));
    }
}
