package io.cvmjourneys.journeys.billpayment;

import static io.cvmjourneys.testsupport.DecisionTables.DMN;
import static io.cvmjourneys.testsupport.DecisionTables.parse;
import static io.cvmjourneys.testsupport.DecisionTables.ruleIds;
import static io.cvmjourneys.testsupport.DecisionTables.rulesTested;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reminder before the due date, one test row per rule, on the engine's FEEL setup. */
class PaymentReminderTableTest {

    private static final String TABLE = "dmn/payment-reminder.dmn";
    private static DmnDecision reminder;

    @BeforeAll
    static void parseTable() throws IOException {
        reminder = parse(TABLE, "paymentReminder");
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("ControlGroup", true, false, 3, 0, false),
                Arguments.of("PaysByDirectDebit", false, true, 2, 0, false),
                Arguments.of("OftenLate", false, false, 2, 5, true),
                Arguments.of("OftenLate", false, false, 6, 5, true),
                Arguments.of("LateOnce", false, false, 1, 3, true),
                Arguments.of("OnTime", false, false, 0, 2, false));
    }

    @ParameterizedTest(name = "{0}: control group {1}, direct debit {2}, {3} late → {4} days before, offer {5}")
    @MethodSource("rows")
    void remindsEarlierAndOffersDirectDebitToThoseWhoPaidLate(String rule, boolean controlGroup, boolean directDebit,
                                                                int latePayments, int daysBefore, boolean offer) {
        Map<String, Object> result = DMN.evaluateDecisionTable(reminder, Variables.createVariables()
                .putValue("inControlGroup", controlGroup).putValue("paysByDirectDebit", directDebit)
                .putValue("latePaymentsInYear", latePayments)).getSingleResult().getEntryMap();

        assertThat(result).containsEntry("reminderDaysBefore", daysBefore).containsEntry("offerDirectDebit", offer);
    }

    @Test
    void everyRuleHasATestRow() throws IOException {
        assertThat(rulesTested(rows())).containsExactlyInAnyOrderElementsOf(ruleIds(TABLE));
    }
}
