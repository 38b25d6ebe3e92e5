package io.cvmjourneys.journeys.outage;

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

/** The service outage journey's decision tables, one test row per rule, on the engine's FEEL setup. */
class OutageDecisionTablesTest {

    private static final String NOTICE_TABLE = "dmn/outage-notice.dmn";
    private static final String APOLOGY_TABLE = "dmn/outage-apology.dmn";
    private static DmnDecision notice;
    private static DmnDecision apology;

    @BeforeAll
    static void parseTables() throws IOException {
        notice = parse(NOTICE_TABLE, "outageNotice");
        apology = parse(APOLOGY_TABLE, "outageApology");
    }

    static Stream<Arguments> noticeRows() {
        return Stream.of(
                Arguments.of("MobileOutage", "MOBILE_OUTAGE", "EMAIL"),
                Arguments.of("Everything", "MOBILE_DEGRADATION", "SMS"),
                Arguments.of("Everything", "BROADBAND_OUTAGE", "SMS"),
                Arguments.of("Everything", "PLANNED_WORKS", "SMS"));
    }

    /** Rule, kind, hours without service, segment; then the credit and whether an agent calls. */
    static Stream<Arguments> apologyRows() {
        return Stream.of(
                Arguments.of("PlannedWorks", "PLANNED_WORKS", 60.0, "VIP", 0.0, false),
                Arguments.of("ShortDisruption", "MOBILE_OUTAGE", 11.9, "VIP", 0.0, false),
                Arguments.of("LongOutageValuable", "BROADBAND_OUTAGE", 48.0, "HIGH_VALUE", 20.0, true),
                Arguments.of("LongOutage", "MOBILE_OUTAGE", 50.0, "MASS", 10.0, false),
                Arguments.of("OutageValuable", "MOBILE_OUTAGE", 12.0, "VIP", 10.0, true),
                Arguments.of("Outage", "BROADBAND_OUTAGE", 30.0, "SMALL_BUSINESS", 5.0, false),
                Arguments.of("LongDegradation", "BROADBAND_DEGRADATION", 72.0, "VIP", 5.0, false),
                Arguments.of("Degradation", "MOBILE_DEGRADATION", 20.0, "MASS", 0.0, false));
    }

    @ParameterizedTest(name = "{0}: a {1} is told by {2}")
    @MethodSource("noticeRows")
    void theNoticeGoesWhereItStillArrives(String rule, String kind, String channel) {
        assertThat((String) DMN.evaluateDecisionTable(notice, Variables.createVariables().putValue("incidentKind", kind))
                .getSingleEntry()).isEqualTo(channel);
    }

    @ParameterizedTest(name = "{0}: {1} for {2} h, {3} customer -> £{4}, call {5}")
    @MethodSource("apologyRows")
    void theApologyGrowsWithTheDisruptionAndTheCustomersValue(String rule, String kind, double hours, String segment,
                                                              double credit, boolean call) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(apology, Variables.createVariables()
                .putValue("incidentKind", kind).putValue("hoursWithoutService", hours).putValue("customerSegment", segment))
                .getSingleResult();
        assertThat((Double) result.get("apologyCredit")).isEqualTo(credit);
        assertThat((Boolean) result.get("apologyCall")).isEqualTo(call);
    }

    @Test
    void everyRuleOfBothTablesHasATestRow() throws IOException {
        assertThat(rulesTested(noticeRows())).containsExactlyInAnyOrderElementsOf(ruleIds(NOTICE_TABLE));
        assertThat(rulesTested(apologyRows())).containsExactlyInAnyOrderElementsOf(ruleIds(APOLOGY_TABLE));
    }
}
