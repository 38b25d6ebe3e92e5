package io.cvmjourneys.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One bar chart of a dashboard, as the page's script (templates/fragments/charts.html) draws it into
 * the canvas {@code chart-<key>}: the bars' labels and values in the table's order, and what a value is.
 */
public final class BarChart {

    public static <T> Map<String, Object> of(String valueName, List<T> rows, Function<T, String> label,
                                             Function<T, Double> value) {
        return Map.of("name", valueName, "labels", rows.stream().map(label).toList(), "values", rows.stream().map(value).toList());
    }

    private BarChart() {
    }
}
