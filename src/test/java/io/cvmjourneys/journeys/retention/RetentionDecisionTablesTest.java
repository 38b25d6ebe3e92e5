package io.cvmjourneys.journeys.retention;

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

/** The proactive retention journey's decision tables, one test row per rule, on the engine's FEEL setup. */
class RetentionDecisionTablesTest {

    private static final String TRIAGE_TABLE = "dmn/churn-risk-triage.dmn";
    private static final String TERMS_TABLE = "dmn/save-offer-terms.dmn";
    private static DmnDecision triage;
    private static DmnDecision terms;

    @BeforeAll
    static void parseTables() throws IOException {
        triage = parse(TRIAGE_TABLE, "churnRiskTriage");
        terms = parse(TERMS_TABLE, "saveOfferTerms");
    }

    /** Rule, sign, score (null: none), segment; then whether to save, who and what it addresses. */
    static Stream<Arguments> triageRows() {
        return Stream.of(
                Arguments.of("ScoreBelowLine", "RISK_SCORE", 0.59, "VIP", false, "NONE", "NONE"),
                Arguments.of("RepeatedComplaints", "REPEATED_COMPLAINTS", null, "MASS", true, "AGENT_CALL", "SAVE_CARE"),
                Arguments.of("ValuableServiceProblem", "SERVICE_INTERRUPTION", null, "HIGH_VALUE", true, "AGENT_CALL", "SAVE_SERVICE"),
                Arguments.of("ServiceProblem", "SERVICE_INTERRUPTION", 0.3, "MASS", true, "DIGITAL", "SAVE_SERVICE"),
                Arguments.of("ValuableBillShock", "BILL_SHOCK", null, "VIP", true, "AGENT_CALL", "SAVE_BILL"),
                Arguments.of("BillShock", "BILL_SHOCK", null, "SMALL_BUSINESS", true, "DIGITAL", "SAVE_BILL"),
                Arguments.of("ValuableCompetitorOffer", "COMPETITOR_OFFER", null, "VIP", true, "AGENT_CALL", "SAVE_PRICE"),
                Arguments.of("CompetitorOffer", "COMPETITOR_OFFER", null, "MASS", true, "DIGITAL", "SAVE_PRICE"),
                Arguments.of("ValuableHighScore", "RISK_SCORE", 0.6, "HIGH_VALUE", true, "AGENT_CALL", "SAVE_LOYALTY"),
                Arguments.of("HighScore", "RISK_SCORE", 0.95, "MASS", true, "DIGITAL", "SAVE_LOYALTY"));
    }

    /** Rule, offer, segment; then discount %, months, credit and what the customer reads. */
    static Stream<Arguments> termsRows() {
        return Stream.of(
                Arguments.of("PriceMatch", "PRICE_MATCH_DISCOUNT", "MASS", 15, 12, 0.0, "15% off"),
                Arguments.of("ValuableThankYou", "LOYALTY_THANK_YOU_CREDIT", "VIP", 0, 0, 50.0, "£50 off"),
                Arguments.of("ThankYou", "LOYALTY_THANK_YOU_CREDIT", "MASS", 0, 0, 25.0, "£25 off"),
                Arguments.of("LineCheck", "LINE_CHECK_WITH_CREDIT", "HIGH_VALUE", 0, 0, 20.0, "checks your line"),
                Arguments.of("BillReview", "BILL_REVIEW", "MASS", 0, 0, 0.0, "review of your bills"),
                Arguments.of("PriorityCare", "PRIORITY_CARE", "VIP", 0, 0, 0.0, "named care agent"),
                Arguments.of("Other", "RETENTION_DISCOUNT_10", "MASS", 0, 0, 0.0, "As the offer says"));
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} -> save {4} by {5} for {6}")
    @MethodSource("triageRows")
    void aSignIsWeighedAndRoutedByWhatItIsAndWhoTheCustomerIs(String rule, String signal, Double score, String segment,
                                                             boolean save, String route, String focus) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(triage, Variables.createVariables()
                .putValue("churnSignal", signal).putValue("churnScore", score).putValue("customerSegment", segment))
                .getSingleResult();
        assertThat((Boolean) result.get("saveWorthwhile")).isEqualTo(save);
        assertThat((String) result.get("saveRoute")).isEqualTo(route);
        assertThat((String) result.get("saveFocus")).isEqualTo(focus);
        assertThat((String) result.get("triageReason")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}: {1} for {2} -> {3}% for {4} months, credit {5}")
    @MethodSource("termsRows")
    void theSaveOfferSaysWhatItPutsOnTheBill(String rule, String offer, String segment, int percent, int months, double credit,
                                             String says) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(terms, Variables.createVariables()
                .putValue("nextBestAction", offer).putValue("customerSegment", segment)).getSingleResult();
        assertThat(((Number) result.get("discountPercent")).intValue()).isEqualTo(percent);
        assertThat(((Number) result.get("discountMonths")).intValue()).isEqualTo(months);
        assertThat(((Number) result.get("creditAmount")).doubleValue()).isEqualTo(credit);
        assertThat((String) result.get("saveTerms")).contains(says);
    }

    @Test
    void everyRuleOfBothTablesHasATestRow() throws IOException {
        assertThat(rulesTested(triageRows())).containsExactlyInAnyOrderElementsOf(ruleIds(TRIAGE_TABLE));
        assertThat(rulesTested(termsRows())).containsExactlyInAnyOrderElementsOf(ruleIds(TERMS_TABLE));
    }
}
