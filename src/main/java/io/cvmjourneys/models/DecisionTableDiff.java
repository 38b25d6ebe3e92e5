package io.cvmjourneys.models;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;

/**
 * What changed between two versions of one decision table, as a CVM manager reads it: the hit
 * policy, columns added, removed or changed, and rules added, removed or changed. Columns and rules
 * are matched by id, which Camunda Modeler keeps stable while a table is edited; a changed rule
 * lists each cell that changed, the annotation included.
 */
final class DecisionTableDiff {

    static final String ANNOTATION = "Annotation";

    record Change(String before, String after) {
    }

    enum Kind { ADDED, REMOVED, CHANGED }

    record ColumnChange(String id, Kind kind, String before, String after) {
    }

    record Cell(String column, String text) {
    }

    record RuleRow(String id, List<Cell> cells) {
    }

    record CellChange(String column, String before, String after) {
    }

    record RuleChange(String id, List<CellChange> cells) {
    }

    record TableDiff(String key, int from, int to, Change hitPolicy, List<ColumnChange> inputs,
                     List<ColumnChange> outputs, List<RuleRow> rulesAdded, List<RuleRow> rulesRemoved,
                     List<RuleChange> rulesChanged, int rulesUnchanged, boolean rulesReordered) {

        /** Public: the page's template calls it. */
        public boolean hasChanges() {
            return hitPolicy != null || !inputs.isEmpty() || !outputs.isEmpty() || !rulesAdded.isEmpty()
                    || !rulesRemoved.isEmpty() || !rulesChanged.isEmpty() || rulesReordered;
        }
    }

    /** One version, flattened: columns by id with a description, rules by id with their cells by column id. */
    private record Table(String hitPolicy, Map<String, String> inputs, Map<String, String> outputs,
                         Map<String, String> columnLabels, Map<String, Map<String, String>> rules) {
    }

    private DecisionTableDiff() {
    }

    static TableDiff between(String key, int from, InputStream before, int to, InputStream after) {
        Table old = read(key, before);
        Table now = read(key, after);
        Map<String, String> labels = new LinkedHashMap<>(old.columnLabels());
        labels.putAll(now.columnLabels());
        List<RuleRow> added = new ArrayList<>();
        List<RuleChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Map<String, String>> rule : now.rules().entrySet()) {
            Map<String, String> was = old.rules().get(rule.getKey());
            List<CellChange> cells = was == null ? List.of() : cellChanges(was, rule.getValue(), labels);
            if (was == null) {
                added.add(row(rule.getKey(), rule.getValue(), labels));
            } else if (cells.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new RuleChange(rule.getKey(), cells));
            }
        }
        List<RuleRow> removed = old.rules().entrySet().stream().filter(rule -> !now.rules().containsKey(rule.getKey()))
                .map(rule -> row(rule.getKey(), rule.getValue(), labels)).toList();
        List<String> keptInOldOrder = old.rules().keySet().stream().filter(now.rules()::containsKey).toList();
        List<String> keptInNewOrder = now.rules().keySet().stream().filter(old.rules()::containsKey).toList();
        return new TableDiff(key, from, to,
                old.hitPolicy().equals(now.hitPolicy()) ? null : new Change(old.hitPolicy(), now.hitPolicy()),
                columnChanges(old.inputs(), now.inputs()), columnChanges(old.outputs(), now.outputs()),
                added, removed, changed, unchanged, !keptInOldOrder.equals(keptInNewOrder));
    }

    private static Table read(String key, InputStream model) {
        DmnModelInstance dmn = Dmn.readModelFromStream(model);
        if (!(dmn.getModelElementById(key) instanceof Decision decision)
                || !(decision.getExpression() instanceof DecisionTable table)) {
            throw new IllegalArgumentException("No decision table '" + key + "' in this model");
        }
        String hitPolicy = table.getHitPolicy().name().replace('_', ' ')
                + (table.getAggregation() == null ? "" : " " + table.getAggregation().name());
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> inputIds = new ArrayList<>();
        List<String> outputIds = new ArrayList<>();
        for (Input input : table.getInputs()) {
            inputs.put(input.getId(), describe(input.getLabel(), text(input.getInputExpression()),
                    input.getInputExpression().getTypeRef()));
            labels.put(input.getId(), labelOf(input.getLabel(), input));
            inputIds.add(input.getId());
        }
        for (Output output : table.getOutputs()) {
            outputs.put(output.getId(), describe(output.getLabel(), output.getName(), output.getTypeRef()));
            labels.put(output.getId(), labelOf(output.getLabel(), output));
            outputIds.add(output.getId());
        }
        labels.put(ANNOTATION, ANNOTATION);
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        for (Rule rule : table.getRules()) {
            Map<String, String> cells = new LinkedHashMap<>();
            List<UnaryTests> tests = List.copyOf(rule.getInputEntries());
            List<LiteralExpression> results = List.copyOf(rule.getOutputEntries());
            for (int i = 0; i < inputIds.size() && i < tests.size(); i++) {
                cells.put(inputIds.get(i), text(tests.get(i)));
            }
            for (int i = 0; i < outputIds.size() && i < results.size(); i++) {
                cells.put(outputIds.get(i), text(results.get(i)));
            }
            cells.put(ANNOTATION, rule.getDescription() == null ? "" : rule.getDescription().getTextContent().trim());
            rules.put(rule.getId(), cells);
        }
        return new Table(hitPolicy, inputs, outputs, labels, rules);
    }

    private static List<ColumnChange> columnChanges(Map<String, String> before, Map<String, String> after) {
        List<ColumnChange> changes = new ArrayList<>();
        after.forEach((id, now) -> {
            String was = before.get(id);
            if (was == null) {
                changes.add(new ColumnChange(id, Kind.ADDED, null, now));
            } else if (!was.equals(now)) {
                changes.add(new ColumnChange(id, Kind.CHANGED, was, now));
            }
        });
        before.forEach((id, was) -> {
            if (!after.containsKey(id)) {
                changes.add(new ColumnChange(id, Kind.REMOVED, was, null));
            }
        });
        return changes;
    }

    /** Cells in the newer version's column order, then those of removed columns; a missing cell reads as empty. */
    private static List<CellChange> cellChanges(Map<String, String> before, Map<String, String> after,
                                                Map<String, String> labels) {
        List<String> columns = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(column -> !after.containsKey(column)).forEach(columns::add);
        List<CellChange> changes = new ArrayList<>();
        for (String column : columns) {
            String was = before.getOrDefault(column, "");
            String now = after.getOrDefault(column, "");
            if (!Objects.equals(was, now)) {
                changes.add(new CellChange(labels.get(column), was, now));
            }
        }
        return changes;
    }

    private static RuleRow row(String id, Map<String, String> cells, Map<String, String> labels) {
        return new RuleRow(id, cells.entrySet().stream().map(cell -> new Cell(labels.get(cell.getKey()), cell.getValue()))
                .toList());
    }

    private static String describe(String label, String expression, String typeRef) {
        return (label == null ? "" : label + " ") + "[" + expression + (typeRef == null ? "" : " : " + typeRef) + "]";
    }

    private static String labelOf(String label, DmnElement column) {
        return label == null || label.isBlank() ? column.getId() : label;
    }

    private static String text(UnaryTests entry) {
        return entry.getText() == null ? "" : entry.getText().getTextContent().trim();
    }

    private static String text(LiteralExpression expression) {
        return expression.getText() == null ? "" : expression.getText().getTextContent().trim();
    }
}
