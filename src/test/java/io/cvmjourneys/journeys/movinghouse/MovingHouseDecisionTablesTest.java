package io.cvmjourneys.journeys.movinghouse;

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

/** The moving-house journey's decision tables, one test row per rule, on the engine's FEEL setup. */
class MovingHouseDecisionTablesTest {

    private static final String SERVICE_OPTION_TABLE = "dmn/moving-house-service-option.dmn";
    private static final String APOLOGY_CREDIT_TABLE = "dmn/moving-house-apology-credit.dmn";
    private static DmnDecision serviceOption;
    private static DmnDecision apologyCredit;

    @BeforeAll
    static void parseTables() throws IOException {
        serviceOption = parse(SERVICE_OPTION_TABLE, "movingHouseServiceOption");
        apologyCredit = parse(APOLOGY_CREDIT_TABLE, "movingHouseApologyCredit");
    }

    /** Rule, connection today, reach of: today's technology, fibre, fixed wireless, mobile; then the decision. */
    static Stream<Arguments> serviceOptionRows() {
        return Stream.of(
                Arguments.of("CopperToFibre", "COPPER", true, true, false, true, "UPGRADE", "FIBRE", 38.0),
                Arguments.of("TransferAsIs", "FIBRE", true, true, false, true, "TRANSFER", null, null),
                Arguments.of("TransferAsIs", "COPPER", true, false, false, false, "TRANSFER", null, null),
                Arguments.of("TransferAsIs", "FIXED_WIRELESS", true, false, true, true, "TRANSFER", null, null),
                Arguments.of("FibreInstead", "FIXED_WIRELESS", false, true, false, true, "UPGRADE", "FIBRE", 38.0),
                Arguments.of("FibreInstead", "NONE", false, true, false, false, "UPGRADE", "FIBRE", 38.0),
                Arguments.of("FixedWirelessInstead", "COPPER", false, false, true, true, "ALTERNATIVE", "FIXED_WIRELESS", 32.0),
                Arguments.of("MobileCoverageOnly", "FIBRE", false, false, false, true, "NOT_SERVICEABLE", "MOBILE_BROADBAND", 20.0),
                Arguments.of("NothingReaches", "COPPER", false, false, false, false, "NOT_SERVICEABLE", null, null));
    }

    static Stream<Arguments> apologyCreditRows() {
        return Stream.of(
                Arguments.of("Valuable", "VIP", "TRANSFER", 30.0),
                Arguments.of("Valuable", "HIGH_VALUE", "UPGRADE", 30.0),
                Arguments.of("SmallBusiness", "SMALL_BUSINESS", "TRANSFER", 25.0),
                Arguments.of("NewTechnology", "MASS", "UPGRADE", 15.0),
                Arguments.of("NewTechnology", "MASS", "ALTERNATIVE", 15.0),
                Arguments.of("AnyOtherMove", "MASS", "TRANSFER", 10.0));
    }

    @ParameterizedTest(name = "{0}: {1} today, reaches (same {2}, fibre {3}, wireless {4}, mobile {5}) -> {6} {7} {8}")
    @MethodSource("serviceOptionRows")
    void theServiceOptionFollowsWhatReachesTheNewAddress(String rule, String currentTechnology, boolean currentAvailable,
                                                        boolean fibre, boolean fixedWireless, boolean mobile,
                                                        String option, String newTechnology, Double newMonthlyFee) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(serviceOption, Variables.createVariables()
                .putValue("currentTechnology", currentTechnology).putValue("currentTechnologyAvailable", currentAvailable)
                .putValue("fibreAvailable", fibre).putValue("fixedWirelessAvailable", fixedWireless)
                .putValue("mobileBroadbandAvailable", mobile)).getSingleResult();
        assertThat((String) result.get("serviceOption")).isEqualTo(option);
        assertThat((String) result.get("newTechnology")).isEqualTo(newTechnology);
        assertThat((Double) result.get("newMonthlyFee")).isEqualTo(newMonthlyFee);
    }

    @ParameterizedTest(name = "{0}: a {1} customer whose {2} is late gets £{3}")
    @MethodSource("apologyCreditRows")
    void theApologyCreditIsLargerForValuableCustomersAndNewTechnology(String rule, String segment, String option,
                                                                      double credit) {
        assertThat((Double) DMN.evaluateDecisionTable(apologyCredit, Variables.createVariables()
                .putValue("customerSegment", segment).putValue("serviceOption", option)).getSingleEntry()).isEqualTo(credit);
    }

    @Test
    void everyRuleOfBothTablesHasATestRow() throws IOException {
        assertThat(rulesTested(serviceOptionRows())).containsExactlyInAnyOrderElementsOf(ruleIds(SERVICE_OPTION_TABLE));
        assertThat(rulesTested(apologyCreditRows())).containsExactlyInAnyOrderElementsOf(ruleIds(APOLOGY_CREDIT_TABLE));
    }
}
