package io.cvmjourneys.journeys.loyalty;

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

/** The loyalty program's decision tables, one test row per rule, on the engine's FEEL setup. */
class LoyaltyDecisionTablesTest {

    private static final String EARNING_TABLE = "dmn/loyalty-earning.dmn";
    private static final String TIER_TABLE = "dmn/loyalty-tier.dmn";
    private static DmnDecision earning;
    private static DmnDecision tier;

    @BeforeAll
    static void parseTables() throws IOException {
        earning = parse(EARNING_TABLE, "loyaltyEarning");
        tier = parse(TIER_TABLE, "loyaltyTier");
    }

    /** Rule, behaviour, tier; then fixed points and points per pound. */
    static Stream<Arguments> earningRows() {
        return Stream.of(
                Arguments.of("Welcome", "WELCOME", "BRONZE", 500, 0),
                Arguments.of("AppDownload", "APP_DOWNLOAD", "SILVER", 200, 0),
                Arguments.of("GoldDigitalTopUp", "DIGITAL_TOP_UP", "GOLD", 0, 15),
                Arguments.of("DigitalTopUp", "DIGITAL_TOP_UP", "SILVER", 0, 10),
                Arguments.of("OnTimePayment", "ON_TIME_PAYMENT", "GOLD", 50, 0),
                Arguments.of("GoldBillSpend", "BILL_SPEND", "GOLD", 0, 2),
                Arguments.of("BillSpend", "BILL_SPEND", "BRONZE", 0, 1),
                Arguments.of("TenureYear", "TENURE_YEAR", "BRONZE", 250, 0));
    }

    /** Rule, points of the last 12 months, months with us; then the tier. */
    static Stream<Arguments> tierRows() {
        return Stream.of(
                Arguments.of("GoldByPoints", 4000, 3, "GOLD"),
                Arguments.of("GoldByYears", 2500, 60, "GOLD"),
                Arguments.of("Silver", 2499, 59, "SILVER"),
                Arguments.of("Silver", 1500, 200, "SILVER"),
                Arguments.of("Bronze", 1499, 200, "BRONZE"));
    }

    @ParameterizedTest(name = "{0}: {1} as {2} -> {3} points and {4} per pound")
    @MethodSource("earningRows")
    void eachRewardedBehaviourEarnsItsPoints(String rule, String behaviour, String memberTier, int points, int perPound) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(earning, Variables.createVariables()
                .putValue("behaviour", behaviour).putValue("tier", memberTier)).getSingleResult();
        assertThat(((Number) result.get("points")).intValue()).isEqualTo(points);
        assertThat(((Number) result.get("pointsPerPound")).intValue()).isEqualTo(perPound);
        assertThat((String) result.get("reason")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}: {1} points, {2} months -> {3}")
    @MethodSource("tierRows")
    void theTierFollowsThePointsOfTheYearAndTheYearsWithUs(String rule, int points, int months, String expected) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(tier, Variables.createVariables()
                .putValue("pointsLast12Months", points).putValue("tenureMonths", months)).getSingleResult();
        assertThat((String) result.get("tier")).isEqualTo(expected);
        assertThat((String) result.get("tierName")).isEqualToIgnoringCase(expected);
        assertThat((String) result.get("tierBenefits")).isNotBlank();
    }

    @Test
    void everyRuleOfBothTablesHasATestRow() throws IOException {
        assertThat(rulesTested(earningRows())).containsExactlyInAnyOrderElementsOf(ruleIds(EARNING_TABLE));
        assertThat(rulesTested(tierRows())).containsExactlyInAnyOrderElementsOf(ruleIds(TIER_TABLE));
    }
}
