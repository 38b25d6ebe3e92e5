package io.cvmjourneys.journeys.cancellation;

import static io.cvmjourneys.testsupport.DecisionTables.DMN;
import static io.cvmjourneys.testsupport.DecisionTables.parse;
import static io.cvmjourneys.testsupport.DecisionTables.ruleIds;
import static io.cvmjourneys.testsupport.DecisionTables.rulesTested;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cancellation journey's decision tables, one test row per rule, on the engine's FEEL setup. */
class CancellationDecisionTablesTest {

    private static DmnDecision winbackWindow;
    private static DmnDecision discountApproval;

    @BeforeAll
    static void parseTables() throws IOException {
        winbackWindow = parse("dmn/winback-window.dmn", "winbackWindow");
        discountApproval = parse("dmn/retention-discount-approval.dmn", "retentionDiscountApproval");
    }

    static Stream<Arguments> winbackRows() {
        return Stream.of(
                Arguments.of("PriceOrCompetitor", "PRICE", 30),
                Arguments.of("PriceOrCompetitor", "COMPETITOR_OFFER", 30),
                Arguments.of("ServiceOrBilling", "SERVICE_QUALITY", 60),
                Arguments.of("ServiceOrBilling", "BILLING_DISPUTE", 60),
                Arguments.of("CoverageMovingOrNoNeed", "NETWORK_COVERAGE", 90),
                Arguments.of("CoverageMovingOrNoNeed", "MOVING", 90),
                Arguments.of("CoverageMovingOrNoNeed", "NO_LONGER_NEEDED", 90),
                Arguments.of("AnyOtherReason", "NOT_STATED", 60));
    }

    static Stream<Arguments> approvalRows() {
        return Stream.of(
                Arguments.of("NoDiscount", 0, "MASS", false),
                Arguments.of("ValuableWithinTwenty", 20, "VIP", false),
                Arguments.of("ValuableWithinTwenty", 15, "HIGH_VALUE", false),
                Arguments.of("OthersWithinTen", 10, "MASS", false),
                Arguments.of("OthersWithinTen", 10, "SMALL_BUSINESS", false),
                Arguments.of("BeyondAuthority", 11, "MASS", true),
                Arguments.of("BeyondAuthority", 25, "VIP", true));
    }

    @ParameterizedTest(name = "{0}: a customer leaving for {1} hears from us after {2} days")
    @MethodSource("winbackRows")
    void winbackWaitsLongerWhenTheReasonChangesSlowly(String rule, String reason, int days) {
        assertThat(DMN.evaluateDecisionTable(winbackWindow, Variables.createVariables().putValue("reason", reason))
                .<Integer>getSingleEntry()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0}: {1}% for a {2} customer needs a manager: {3}")
    @MethodSource("approvalRows")
    void discountsBeyondTheAgentsAuthorityNeedAManager(String rule, int percent, String segment, boolean approval) {
        assertThat((Boolean) DMN.evaluateDecisionTable(discountApproval, Variables.createVariables()
                .putValue("discountPercent", percent).putValue("customerSegment", segment)).getSingleEntry())
                .isEqualTo(approval);
    }

    @Test
    void everyRuleOfBothTablesHasATestRow() throws IOException {
        assertThat(rulesTested(winbackRows())).containsExactlyInAnyOrderElementsOf(ruleIds("dmn/winback-window.dmn"));
        assertThat(rulesTested(approvalRows()))
                .containsExactlyInAnyOrderElementsOf(ruleIds("dmn/retention-discount-approval.dmn"));
    }
}
