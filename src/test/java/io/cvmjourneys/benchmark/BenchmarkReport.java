package io.cvmjourneys.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table every benchmark of this JVM adds its figures to: each figure beside the baseline
 * measured in the same run, their ratio and the goal it is held to. {@link #write()} puts every
 * figure so far in {@code target/benchmarks/benchmarks.md} and {@code .csv}; a benchmark run on its
 * own writes its own figures, the whole command ({@link Benchmarks}) all of them.
 */
public final class BenchmarkReport {

    private static final Path FOLDER = Path.of("target", "benchmarks");
    private static final List<Row> ROWS = new ArrayList<>();

    /** What a figure is held to: its value, or its ratio to the baseline. */
    public record Goal(String text, Kind kind, double bound) {

        enum Kind { NONE, VALUE_AT_MOST, VALUE_AT_LEAST, RATIO_AT_LEAST, RATIO_AT_MOST }

        public static final Goal NONE = new Goal("", Kind.NONE, 0);

        public static Goal valueAtMost(double bound, String unit) {
            return new Goal("≤ " + number(bound) + " " + unit, Kind.VALUE_AT_MOST, bound);
        }

        public static Goal valueAtLeast(double bound, String unit) {
            return new Goal("≥ " + number(bound) + " " + unit, Kind.VALUE_AT_LEAST, bound);
        }

        public static Goal ratioAtLeast(double bound) {
            return new Goal("ratio ≥ " + number(bound), Kind.RATIO_AT_LEAST, bound);
        }

        public static Goal ratioAtMost(double bound) {
            return new Goal("ratio ≤ " + number(bound), Kind.RATIO_AT_MOST, bound);
        }

        String verdict(double value, double ratio) {
            return switch (kind) {
                case NONE -> "";
                case VALUE_AT_MOST -> value <= bound ? "yes" : "no";
                case VALUE_AT_LEAST -> value >= bound ? "yes" : "no";
                case RATIO_AT_LEAST -> ratio >= bound ? "yes" : "no";
                case RATIO_AT_MOST -> ratio <= bound ? "yes" : "no";
            };
        }
    }

    /** A figure; {@code baseline} is empty and {@code baselineValue} NaN for a figure measured alone (a size, a count). */
    public record Row(String benchmark, String figure, double value, String unit, String baseline, double baselineValue,
                      Goal goal) {

        double ratio() {
            return value / baselineValue;
        }
    }

    public static synchronized void add(String benchmark, String figure, double value, String unit, String baseline,
                                        double baselineValue, Goal goal) {
        Row row = new Row(benchmark, figure, value, unit, baseline, baselineValue, goal);
        ROWS.add(row);
        System.out.printf(Locale.ROOT, "%-28s %-58s %,12.2f %-8s %s%n", benchmark, figure, value, unit,
                baseline.isEmpty() ? "" : String.format(Locale.ROOT, "ratio %.2f to %s (%,.2f)", row.ratio(), baseline,
                        baselineValue) + (goal.kind() == Goal.Kind.NONE ? "" : "  goal " + goal.text() + ": "
                        + goal.verdict(value, row.ratio())));
    }

    /** A figure with no baseline: a size or a count. */
    public static void add(String benchmark, String figure, double value, String unit, Goal goal) {
        add(benchmark, figure, value, unit, "", Double.NaN, goal);
    }

    /** Writes every figure added in this JVM so far. */
    public static synchronized void write() {
        StringBuilder markdown = new StringBuilder("| benchmark | figure | value | unit | baseline (same run) | baseline value "
                + "| ratio | goal | met |\n|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder csv = new StringBuilder("benchmark,figure,value,unit,baseline,baseline_value,ratio,goal,met\n");
        for (Row row : ROWS) {
            boolean hasBaseline = !row.baseline().isEmpty();
            String ratio = hasBaseline ? String.format(Locale.ROOT, "%.2f", row.ratio()) : "";
            String verdict = row.goal().verdict(row.value(), row.ratio());
            markdown.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", row.benchmark(),
                    row.figure(), number(row.value()), row.unit(), row.baseline(),
                    hasBaseline ? number(row.baselineValue()) : "", ratio, row.goal().text(), verdict));
            csv.append(String.format(Locale.ROOT, "%s,%s,%.3f,%s,%s,%s,%s,%s,%s%n", quoted(row.benchmark()), quoted(row.figure()),
                    row.value(), quoted(row.unit()), quoted(row.baseline()),
                    hasBaseline ? String.format(Locale.ROOT, "%.3f", row.baselineValue()) : "", ratio,
                    quoted(row.goal().text()), verdict));
        }
        try {
            Files.createDirectories(FOLDER);
            Files.writeString(FOLDER.resolve("benchmarks.md"), markdown);
            Files.writeString(FOLDER.resolve("benchmarks.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the benchmark table to " + FOLDER, e);
        }
        System.out.println("figures written to " + FOLDER.resolve("benchmarks.md") + " and benchmarks.csv");
    }

    private static String number(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private BenchmarkReport() {
    }
}
