package io.cvmjourneys.journeys.delinquency;

import static io.cvmjourneys.testsupport.DecisionTables.DMN;
import static io.cvmjourneys.testsupport.DecisionTables.parse;
import static io.cvmjourneys.testsupport.DecisionTables.ruleIds;
import static io.cvmjourneys.testsupport.DecisionTables.rulesTested;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The delinquency journey's decision tables, one test row per rule, on the engine's FEEL setup. */
class DelinquencyDecisionTablesTest {

    private static final String STRATEGY_FILE = "dmn/collection-strategy.dmn";
    private static final String LADDER_FILE = "dmn/dunning-ladder.dmn";
    private static final String PLAN_FILE = "dmn/payment-plan-eligibility.dmn";
    private static DmnDecision paymentRisk;
    private static DmnDecision collectionStrategy;
    private static DmnDecision dunningLadder;
    private static DmnDecision planEligibility;

    @BeforeAll
    static void parseTables() throws IOException {
        paymentRisk = parse(STRATEGY_FILE, "paymentRisk");
        collectionStrategy = parse(STRATEGY_FILE, "collectionStrategy");
        dunningLadder = parse(LADDER_FILE, "dunningLadder");
        planEligibility = parse(PLAN_FILE, "paymentPlanEligibility");
    }

    static Stream<Arguments> riskRows() {
        return Stream.of(
                Arguments.of("FrequentLatePayer", 3, 60, "HIGH"),
                Arguments.of("FrequentLatePayer", 5, 2, "HIGH"),
                Arguments.of("NewCustomer", 0, 5, "MEDIUM"),
                Arguments.of("OccasionalLatePayer", 1, 60, "MEDIUM"),
                Arguments.of("OccasionalLatePayer", 2, 60, "MEDIUM"),
                Arguments.of("ReliablePayer", 0, 6, "LOW"));
    }

    /** Payment risk from 0 late payments and 60 months' tenure (LOW), 1 (MEDIUM) or 3 (HIGH). */
    static Stream<Arguments> strategyRows() {
        return Stream.of(
                Arguments.of("VulnerableCustomer", true, 0, "VIP", 900.0, "VULNERABLE_CARE"),
                Arguments.of("ValuableCustomer", false, 3, "VIP", 50.0, "HIGH_TOUCH"),
                Arguments.of("ValuableCustomer", false, 0, "HIGH_VALUE", 50.0, "HIGH_TOUCH"),
                Arguments.of("LargeAmount", false, 0, "MASS", 500.0, "HIGH_TOUCH"),
                Arguments.of("ReliablePayerSmallAmount", false, 0, "MASS", 99.99, "SELF_CURE"),
                Arguments.of("Everyone", false, 1, "MASS", 50.0, "STANDARD"),
                Arguments.of("Everyone", false, 3, "SMALL_BUSINESS", 50.0, "STANDARD"),
                Arguments.of("Everyone", false, 0, "MASS", 100.0, "STANDARD"));
    }

    static Stream<Arguments> ladderRows() {
        return Stream.of(
                Arguments.of("SelfCure", "SELF_CURE", "P5D", "P7D", "TERMINATE_CONTRACT"),
                Arguments.of("Standard", "STANDARD", "P1D", "P7D", "TERMINATE_CONTRACT"),
                Arguments.of("HighTouch", "HIGH_TOUCH", "P1D", "P7D", "HAND_OFF_TO_COLLECTIONS"),
                Arguments.of("VulnerableCare", "VULNERABLE_CARE", "P3D", "P14D", "HAND_OFF_TO_COLLECTIONS"));
    }

    static Stream<Arguments> planRows() {
        return Stream.of(
                Arguments.of("SmallAmount", 29.99, 0, false, 0, false),
                Arguments.of("FrequentLatePayer", 200.0, 4, false, 0, false),
                Arguments.of("UpToThreeHundred", 300.0, 3, true, 3, false),
                Arguments.of("UpToFiveHundred", 500.0, 0, true, 6, false),
                Arguments.of("AboveThreshold", 500.01, 1, true, 12, true));
    }

    @ParameterizedTest(name = "{0}: {1} late payments, {2} months with us: {3} risk")
    @MethodSource("riskRows")
    void paymentRiskComesFromThePaymentHistoryAndTenure(String rule, int latePayments, int tenureMonths, String risk) {
        assertThat(DMN.evaluateDecisionTable(paymentRisk, Variables.createVariables()
                .putValue("latePaymentsLastYear", latePayments).putValue("tenureMonths", tenureMonths))
                .<String>getSingleEntry()).isEqualTo(risk);
    }

    @ParameterizedTest(name = "{0}: vulnerable {1}, {2} late payments, {3}, {4} overdue: {5}")
    @MethodSource("strategyRows")
    void theStrategyFollowsVulnerabilityValueAmountAndRisk(String rule, boolean vulnerable, int latePayments,
                                                           String segment, double amount, String strategy) {
        assertThat(DMN.evaluateDecision(collectionStrategy, Variables.createVariables()
                .putValue("vulnerable", vulnerable).putValue("latePaymentsLastYear", latePayments)
                .putValue("tenureMonths", 60).putValue("customerSegment", segment).putValue("amountDue", amount))
                .getSingleResult().<String>getSingleEntry()).isEqualTo(strategy);
    }

    @ParameterizedTest(name = "{0}: first reminder after {2}, notice period {3}, then {4}")
    @MethodSource("ladderRows")
    void everyStrategyHasItsLadder(String rule, String strategy, String firstReminder, String noticePeriod, String closure) {
        DmnDecisionResultEntries ladder = DMN.evaluateDecision(dunningLadder,
                Variables.createVariables().putValue("collectionStrategy", strategy)).getSingleResult();
        assertThat(ladder.<String>getEntry("firstReminderAfter")).isEqualTo(firstReminder);
        assertThat(ladder.<String>getEntry("barringNoticePeriod")).isEqualTo(noticePeriod);
        assertThat(ladder.<String>getEntry("closureStep")).isEqualTo(closure);
        // every wait is an ISO-8601 duration the engine's timers accept
        assertThat(ladder.entrySet()).filteredOn(entry -> !entry.getKey().equals("closureStep"))
                .extracting(Map.Entry::getValue).allSatisfy(value -> assertThat((String) value).matches("P(\\d+D|T\\d+H)"));
    }

    @ParameterizedTest(name = "{0}: {1} overdue, {2} late payments: eligible {3}, {4} instalments, approval {5}")
    @MethodSource("planRows")
    void plansAboveFiveHundredNeedAManager(String rule, double amount, int latePayments, boolean eligible, int instalments,
                                           boolean approval) {
        DmnDecisionResultEntries plan = DMN.evaluateDecision(planEligibility, Variables.createVariables()
                .putValue("amountDue", amount).putValue("latePaymentsLastYear", latePayments)).getSingleResult();
        assertThat(plan.<Boolean>getEntry("planEligible")).isEqualTo(eligible);
        assertThat(plan.<Integer>getEntry("planInstalments")).isEqualTo(instalments);
        assertThat(plan.<Boolean>getEntry("planApprovalRequired")).isEqualTo(approval);
    }

    @Test
    void everyRuleHasATestRow() throws IOException {
        assertThat(Stream.concat(rulesTested(riskRows()).stream(), rulesTested(strategyRows()).stream()).toList())
                .containsExactlyInAnyOrderElementsOf(ruleIds(STRATEGY_FILE));
        assertThat(rulesTested(ladderRows())).containsExactlyInAnyOrderElementsOf(ruleIds(LADDER_FILE));
        assertThat(rulesTested(planRows())).containsExactlyInAnyOrderElementsOf(ruleIds(PLAN_FILE));
    }
}
