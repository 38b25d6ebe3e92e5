package io.cvmjourneys.journeys.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cancellation journey's decision tables, one test row per rule, on the engine's FEEL setup. */
class CancellationDecisionTablesTest {

    private static final DmnEngine DMN = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();
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

    private static List<String> rulesTested(Stream<Arguments> rows) {
        return rows.map(row -> (String) row.get()[0]).distinct().toList();
    }

    private static List<String> ruleIds(String file) throws IOException {
        return Pattern.compile("<rule id=\"Rule_(\\w+)\"").matcher(Files.readString(Path.of(file))).results()
                .map(match -> match.group(1)).toList();
    }

    private static DmnDecision parse(String file, String key) throws IOException {
        try (InputStream model = Files.newInputStream(Path.of(file))) {
            return DMN.parseDecision(key, model);
        }
    }
}
