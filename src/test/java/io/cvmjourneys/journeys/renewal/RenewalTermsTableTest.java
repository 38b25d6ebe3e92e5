package io.cvmjourneys.journeys.renewal;

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

/** The renewal terms table, one test row per rule, on the engine's FEEL setup. */
class RenewalTermsTableTest {

    private static final String TABLE = "dmn/renewal-terms.dmn";
    private static DmnDecision renewalTerms;

    @BeforeAll
    static void parseTable() throws IOException {
        renewalTerms = parse(TABLE, "renewalTerms");
    }

    /** Rule; segment, tenure in months, product, fee today; then route, plan, fee if renewed, months. */
    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("TopValue", "VIP", 12, "MOBILE", 30.0, "AGENT_CALL", "Loyalty renewal, 24 months", 25.5, 24),
                Arguments.of("TopValue", "HIGH_VALUE", 60, "BROADBAND", 45.0, "AGENT_CALL", "Loyalty renewal, 24 months", 38.25, 24),
                Arguments.of("SmallBusiness", "SMALL_BUSINESS", 5, "MOBILE", 20.0, "AGENT_CALL", "Business renewal, 24 months", 18.0, 24),
                Arguments.of("LongStanding", "MASS", 36, "MOBILE", 25.0, "DIGITAL", "Loyalty renewal, 24 months", 22.5, 24),
                Arguments.of("HomeConnection", "MASS", 35, "BROADBAND", 40.0, "DIGITAL", "Home renewal, 18 months", 38.0, 18),
                Arguments.of("AnyOther", "MASS", 35, "MOBILE", 30.0, "DIGITAL", "Renewal, 12 months", 30.0, 12));
    }

    @ParameterizedTest(name = "{0}: {1}, {2} months, {3} at £{4} -> {5} {6} £{7} for {8} months")
    @MethodSource("rows")
    void valuableCustomersGetACallAndTheBestTermsOthersADigitalOffer(String rule, String segment, int tenureMonths,
                                                                      String productType, double fee, String route,
                                                                      String plan, double renewedFee, int months) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(renewalTerms, Variables.createVariables()
                .putValue("customerSegment", segment).putValue("tenureMonths", tenureMonths)
                .putValue("productType", productType).putValue("currentMonthlyFee", fee)).getSingleResult();
        assertThat((String) result.get("renewalRoute")).isEqualTo(route);
        assertThat((String) result.get("renewalPlan")).isEqualTo(plan);
        assertThat(((Number) result.get("renewalMonthlyFee")).doubleValue()).isEqualTo(renewedFee);
        assertThat(((Number) result.get("renewalMonths")).intValue()).isEqualTo(months);
    }

    @Test
    void everyRuleHasATestRow() throws IOException {
        assertThat(rulesTested(rows())).containsExactlyInAnyOrderElementsOf(ruleIds(TABLE));
    }
}
