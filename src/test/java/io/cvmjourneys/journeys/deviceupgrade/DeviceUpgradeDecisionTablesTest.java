package io.cvmjourneys.journeys.deviceupgrade;

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

/** The device-upgrade journey's decision tables, one test row (or more) per rule, on the engine's FEEL setup. */
class DeviceUpgradeDecisionTablesTest {

    private static final int NO_LEASE = AssessDevice.NO_LEASE;
    private static DmnDecision eligibility;
    private static DmnDecision usageProfile;
    private static DmnDecision budgetBand;
    private static DmnDecision tradeInValue;

    @BeforeAll
    static void parseTables() throws IOException {
        eligibility = parse("dmn/upgrade-eligibility.dmn", "upgradeEligibility");
        usageProfile = parse("dmn/device-needs.dmn", "deviceUsageProfile");
        budgetBand = parse("dmn/device-needs.dmn", "deviceBudgetBand");
        tradeInValue = parse("dmn/trade-in-value.dmn", "tradeInValue");
    }

    // rule, payment status, months left on contract, days to lease end, device age → eligibility, fee
    static Stream<Arguments> eligibilityRows() {
        return Stream.of(
                Arguments.of("PaymentOverdue", "OVERDUE", 10, 20, 23, "NOT_ELIGIBLE", 0),
                Arguments.of("ContractJustStarted", "CURRENT", 20, NO_LEASE, 24, "NOT_ELIGIBLE", 0),
                Arguments.of("NoLeaseRunning", "CURRENT", 0, NO_LEASE, 24, "FREE_UPGRADE", 0),
                Arguments.of("LeaseEndsSoon", "CURRENT", 12, 60, 22, "FREE_UPGRADE", 0),
                Arguments.of("LateInLease", "CURRENT", 12, 61, 18, "UPGRADE_WITH_FEE", 60),
                Arguments.of("MidLease", "CURRENT", 12, 250, 12, "UPGRADE_WITH_FEE", 150),
                Arguments.of("EarlyInLease", "CURRENT", 18, 400, 11, "NOT_ELIGIBLE", 0));
    }

    static Stream<Arguments> usageProfileRows() {
        return Stream.of(
                Arguments.of("BusinessPlan", "Business Unlimited", "BUSINESS"),
                Arguments.of("UnlimitedData", "Unlimited", "HEAVY_DATA"),
                Arguments.of("UnlimitedData", "Unlimited Max", "HEAVY_DATA"),
                Arguments.of("MidData", "Plus 60GB", "EVERYDAY"),
                Arguments.of("LightUse", "Essential 20GB", "BASIC"),
                Arguments.of("LightUse", "Pay As You Go 10", "BASIC"));
    }

    static Stream<Arguments> budgetBandRows() {
        return Stream.of(
                Arguments.of("Vip", "VIP", 25.0, "PREMIUM"),
                Arguments.of("HighSpend", "HIGH_VALUE", 60.0, "PREMIUM"),
                Arguments.of("MidSpend", "MASS", 30.0, "MID"),
                Arguments.of("LowSpend", "MASS", 29.99, "BUDGET"));
    }

    // rule, grade, powers on, lock removed, device age → value
    static Stream<Arguments> tradeInRows() {
        return Stream.of(
                Arguments.of("KeptByCustomer", "NONE", true, true, 10, 0),
                Arguments.of("StillLocked", "A", true, false, 10, 0),
                Arguments.of("DoesNotPowerOn", "B", false, true, 10, 5),
                Arguments.of("AsNewAndYoung", "A", true, true, 23, 220),
                Arguments.of("AsNew", "A", true, true, 24, 150),
                Arguments.of("GoodAndYoung", "B", true, true, 12, 150),
                Arguments.of("Good", "B", true, true, 30, 100),
                Arguments.of("Worn", "C", true, true, 12, 50),
                Arguments.of("HeavilyWorn", "D", true, true, 12, 15));
    }

    @ParameterizedTest(name = "{0}: {1}, {2} months left, lease ends in {3} days, device {4} months old -> {5} (£{6})")
    @MethodSource("eligibilityRows")
    void eligibilityFollowsPaymentsContractAndLease(String rule, String payment, int monthsLeft, int daysToLeaseEnd,
                                                    int ageMonths, String expected, int fee) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(eligibility, Variables.createVariables()
                .putValue("paymentStatus", payment).putValue("monthsLeftOnContract", monthsLeft)
                .putValue("daysToLeaseEnd", daysToLeaseEnd).putValue("deviceAgeMonths", ageMonths)).getSingleResult();
        assertThat((String) result.getEntry("eligibility")).isEqualTo(expected);
        assertThat(((Number) result.getEntry("upgradeFee")).intValue()).isEqualTo(fee);
        if (expected.equals("NOT_ELIGIBLE")) {
            assertThat((String) result.getEntry("ineligibleReason")).as("the customer is told why").isNotBlank();
        } else {
            assertThat((String) result.getEntry("upgradeTerms")).as("the offer states its terms").isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}: plan {1} -> {2}")
    @MethodSource("usageProfileRows")
    void usageProfileFollowsThePlan(String rule, String plan, String profile) {
        assertThat(DMN.evaluateDecisionTable(usageProfile, Variables.createVariables().putValue("planName", plan))
                .<String>getSingleEntry()).isEqualTo(profile);
    }

    @ParameterizedTest(name = "{0}: {1} spending £{2} -> {3}")
    @MethodSource("budgetBandRows")
    void budgetBandFollowsSegmentAndSpend(String rule, String segment, double spend, String band) {
        assertThat(DMN.evaluateDecisionTable(budgetBand, Variables.createVariables().putValue("customerSegment", segment)
                .putValue("monthlySpend", spend)).<String>getSingleEntry()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0}: grade {1}, powers on {2}, unlocked {3}, {4} months old -> £{5}")
    @MethodSource("tradeInRows")
    void tradeInValueFollowsTheGrading(String rule, String grade, boolean powersOn, boolean unlocked, int ageMonths,
                                       int value) {
        assertThat(DMN.evaluateDecisionTable(tradeInValue, Variables.createVariables().putValue("conditionGrade", grade)
                .putValue("powersOn", powersOn).putValue("activationLockRemoved", unlocked)
                .putValue("deviceAgeMonths", ageMonths)).<Number>getSingleEntry().intValue()).isEqualTo(value);
    }

    @Test
    void everyRuleOfEveryTableHasATestRow() throws IOException {
        assertThat(rulesTested(eligibilityRows())).containsExactlyInAnyOrderElementsOf(ruleIds("dmn/upgrade-eligibility.dmn"));
        assertThat(Stream.concat(rulesTested(usageProfileRows()).stream(), rulesTested(budgetBandRows()).stream()))
                .containsExactlyInAnyOrderElementsOf(ruleIds("dmn/device-needs.dmn"));
        assertThat(rulesTested(tradeInRows())).containsExactlyInAnyOrderElementsOf(ruleIds("dmn/trade-in-value.dmn"));
    }
}
