package io.cvmjourneys.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cvmjourneys.models.DecisionTableDiff.Cell;
import io.cvmjourneys.models.DecisionTableDiff.CellChange;
import io.cvmjourneys.models.DecisionTableDiff.Change;
import io.cvmjourneys.models.DecisionTableDiff.ColumnChange;
import io.cvmjourneys.models.DecisionTableDiff.Kind;
import io.cvmjourneys.models.DecisionTableDiff.TableDiff;
import io.cvmjourneys.testsupport.DecisionTables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a manager reads after editing a table in the Modeler, on known pairs of versions. */
class DecisionTableDiffTest {

    private static final String CANDIDATES = "dmn/next-best-action-candidates.dmn";
    /** The base propensity cell of Rule_SellExtraData, the rule the edits change; $1 and $2 keep what surrounds it. */
    static final String SELL_EXTRA_DATA_PROPENSITY =
            "(<outputEntry id=\"OutputEntry_SellExtraData_Propensity\">\\s*<text>)0\\.4(</text>)";

    private static final String KEY = "nextBestActionCandidates";

    /** A small table as Camunda Modeler writes it; %s slots: hit policy, extra input, rules. */
    private static final String GIFT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Gift" name="Gift" namespace="http://cvmjourneys.io/test">
              <decision id="gift" name="Gift">
                <decisionTable id="DecisionTable_Gift" %s>
                  <input id="Input_Segment" label="Segment"><inputExpression id="InputExpression_Segment" typeRef="string"><text>segment</text></inputExpression></input>
                  %s
                  <output id="Output_Gift" label="Gift" name="gift" typeRef="string" />
                  %s
                </decisionTable>
              </decision>
            </definitions>
            """;
    private static final String TENURE = """
            <input id="Input_Tenure" label="Tenure"><inputExpression id="InputExpression_Tenure" typeRef="integer"><text>tenureMonths</text></inputExpression></input>""";

    @Test
    void aModelerEditOfTheCandidateTableShowsEachChangedCellAndTheRulesAddedAndRemoved() throws IOException {
        String live = Files.readString(Path.of(CANDIDATES));
        String edited = live
                .replaceFirst(SELL_EXTRA_DATA_PROPENSITY, "$10.55$2")
                .replace("<description>Data allowance used up: 5 GB extra for the rest of the month</description>",
                        "<description>Raised after the August campaign</description>")
                .replace(ruleOf(live, "Rule_RewardLoyalty"), ruleOf(live, "Rule_RewardLoyalty")
                        .replace("Rule_RewardLoyalty", "Rule_RewardLoyaltyInApp")
                        .replaceFirst("<text></text>", "<text>\"APP\"</text>")); // the first empty cell: Channel

        TableDiff diff = diff(live, edited);

        assertThat(diff.hitPolicy()).isNull();
        assertThat(diff.inputs()).isEmpty();
        assertThat(diff.outputs()).isEmpty();
        assertThat(diff.rulesChanged()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("Rule_SellExtraData");
            assertThat(rule.cells()).containsExactly(
                    new CellChange("Base propensity (0-1)", "0.4", "0.55"),
                    new CellChange("Annotation", "Data allowance used up: 5 GB extra for the rest of the month",
                            "Raised after the August campaign"));
        });
        assertThat(diff.rulesRemoved()).singleElement().satisfies(rule -> assertThat(rule.id()).isEqualTo("Rule_RewardLoyalty"));
        assertThat(diff.rulesAdded()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("Rule_RewardLoyaltyInApp");
            assertThat(rule.cells()).contains(new Cell("Channel", "\"APP\""), new Cell("Tenure in months", ">= 36"),
                    new Cell("Action", "\"LOYALTY_REWARD\""));
        });
        assertThat(diff.rulesUnchanged()).isEqualTo(DecisionTables.ruleIds(CANDIDATES).size() - 2);
        assertThat(diff.rulesReordered()).isFalse();
        assertThat(diff.hasChanges()).isTrue();
    }

    @Test
    void aHitPolicyAndAColumnChangeAreNamedAndTheNewColumnShowsInTheChangedRule() {
        String before = GIFT.formatted("", "", rule("Rule_Vip", "\"VIP\"", null, "\"Streaming\"")
                + rule("Rule_Everyone", "", null, "\"Voucher\""));
        String after = GIFT.formatted("hitPolicy=\"FIRST\"", TENURE, rule("Rule_Everyone", "", "", "\"Voucher\"")
                + rule("Rule_Vip", "\"VIP\"", "&gt;= 12", "\"Streaming\""))
                .replace("label=\"Gift\" name=\"gift\" typeRef=\"string\"", "label=\"Gift\" name=\"giftId\" typeRef=\"string\"");

        TableDiff diff = DecisionTableDiff.between("gift", 1, stream(before), 2, stream(after));

        assertThat(diff.hitPolicy()).isEqualTo(new Change("UNIQUE", "FIRST"));
        assertThat(diff.inputs()).containsExactly(new ColumnChange("Input_Tenure", Kind.ADDED, null, "Tenure [tenureMonths : integer]"));
        assertThat(diff.outputs()).containsExactly(new ColumnChange("Output_Gift", Kind.CHANGED, "Gift [gift : string]",
                "Gift [giftId : string]"));
        assertThat(diff.rulesChanged()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("Rule_Vip");
            assertThat(rule.cells()).containsExactly(new CellChange("Tenure", "", ">= 12"));
        });
        assertThat(diff.rulesUnchanged()).isEqualTo(1);
        assertThat(diff.rulesReordered()).isTrue();
    }

    @Test
    void theSameVersionTwiceHasNoChanges() throws IOException {
        String live = Files.readString(Path.of(CANDIDATES));

        TableDiff diff = diff(live, live);

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.rulesUnchanged()).isEqualTo(DecisionTables.ruleIds(CANDIDATES).size());
    }

    @Test
    void aModelWithoutTheTableIsRefusedByName() {
        String gift = GIFT.formatted("", "", rule("Rule_Everyone", "", null, "\"Voucher\""));

        assertThatThrownBy(() -> DecisionTableDiff.between("other", 1, stream(gift), 2, stream(gift)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No decision table 'other' in this model");
    }

    private static TableDiff diff(String before, String after) {
        return DecisionTableDiff.between(KEY, 1, stream(before), 2, stream(after));
    }

    private static String ruleOf(String table, String id) {
        int start = table.indexOf("<rule id=\"" + id + "\">");
        return table.substring(start, table.indexOf("</rule>", start) + "</rule>".length());
    }

    private static String rule(String id, String segment, String tenure, String gift) {
        return "<rule id=\"" + id + "\"><inputEntry id=\"" + id + "_S\"><text>" + segment + "</text></inputEntry>"
                + (tenure == null ? "" : "<inputEntry id=\"" + id + "_T\"><text>" + tenure + "</text></inputEntry>")
                + "<outputEntry id=\"" + id + "_G\"><text>" + gift + "</text></outputEntry></rule>";
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
