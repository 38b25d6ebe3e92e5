package io.cvmjourneys.benchmark;

import io.cvmjourneys.benchmark.BenchmarkReport.Goal;
import io.cvmjourneys.nba.NextBestActionDecisionBenchmark;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Every benchmark in one command, one table ({@link BenchmarkReport}): (a) the pure decision in
 * memory (JMH, 1 and 2 threads) against the candidate table alone; (b) the whole pipeline on
 * PostgreSQL ({@link PipelineBenchmark}) and where its time goes; (c) the REST API over HTTP against
 * /actuator/health, on H2 and on PostgreSQL ({@link HttpBenchmark}); (d) journeys on PostgreSQL against
 * a bare engine and pgbench ({@link JourneysBenchmark}).
 * Run with: {@code mvn -Pbenchmark test-compile exec:exec}.
 */
public final class Benchmarks {

    private static final String DECISION = "NBA decision in memory";
    private static final String TABLE_ONLY = "candidateTableOnly";
    private static final String TABLE_AND_RULES = "tableAndArbitration";
    private static final String WHOLE = "wholeDecision";
    private static final String WHOLE_LEARNED = "wholeDecisionWithLearnedPropensities";

    public static void main(String[] args) throws Exception {
        Map<String, Statistics> latency = new HashMap<>();
        for (RunResult result : run(Mode.SampleTime, TimeUnit.MICROSECONDS, 1)) {
            latency.put(name(result), result.getPrimaryResult().getStatistics());
        }
        for (String benchmark : new String[] {TABLE_ONLY, TABLE_AND_RULES, WHOLE}) {
            Statistics figures = latency.get(benchmark);
            boolean whole = benchmark.equals(WHOLE);
            BenchmarkReport.add(DECISION, benchmark + ", 1 thread, p50", figures.getPercentile(50), "µs", Goal.NONE);
            BenchmarkReport.add(DECISION, benchmark + ", 1 thread, p99", figures.getPercentile(99), "µs", TABLE_ONLY + " p99",
                    latency.get(TABLE_ONLY).getPercentile(99), whole ? Goal.valueAtMost(200, "µs") : Goal.NONE);
        }
        // what learned propensities cost: a seeded Beta draw for every candidate left standing
        for (int percentile : new int[] {50, 99}) {
            BenchmarkReport.add(DECISION, WHOLE_LEARNED + ", 1 thread, p" + percentile,
                    latency.get(WHOLE_LEARNED).getPercentile(percentile), "µs", WHOLE + " p" + percentile,
                    latency.get(WHOLE).getPercentile(percentile), Goal.valueAtMost(200, "µs"));
        }
        for (int threads = 1; threads <= 2; threads++) {
            Map<String, Double> throughput = new HashMap<>();
            for (RunResult result : run(Mode.Throughput, TimeUnit.SECONDS, threads)) {
                throughput.put(name(result), result.getPrimaryResult().getScore());
            }
            for (String benchmark : new String[] {TABLE_AND_RULES, WHOLE}) {
                BenchmarkReport.add(DECISION, benchmark + ", " + threads + " thread(s)", throughput.get(benchmark), "/s",
                        TABLE_ONLY + ", " + threads + " thread(s)", throughput.get(TABLE_ONLY),
                        benchmark.equals(WHOLE) ? Goal.valueAtLeast(20_000, "/s") : Goal.NONE);
            }
        }

        PipelineBenchmark.Means pipeline = PipelineBenchmark.run();
        double table = latency.get(TABLE_ONLY).getMean() / 1000;
        double rules = latency.get(TABLE_AND_RULES).getMean() / 1000 - table;
        double ranking = latency.get(WHOLE).getMean() / 1000 - table - rules;
        double logging = pipeline.wholeMillis() - pipeline.contextReadMillis() - table - rules - ranking;
        // means of separate runs, so the shares are estimates; logging is what the rest leaves
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("context read", pipeline.contextReadMillis());
        shares.put("candidate table (DMN)", table);
        shares.put("arbitration rules", rules);
        shares.put("ranking", ranking);
        shares.put("decision log write (the rest)", logging);
        shares.forEach((stage, millis) -> BenchmarkReport.add(PipelineBenchmark.NAME, "share of the mean: " + stage, millis,
                "ms", "whole pipeline mean", pipeline.wholeMillis(), Goal.NONE));
        BenchmarkReport.write();

        HttpBenchmark.main(new String[0]);
        HttpBenchmark.main(new String[] {"postgres"});
        JourneysBenchmark.main(new String[0]);
    }

    private static String name(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static Iterable<RunResult> run(Mode mode, TimeUnit unit, int threads) throws RunnerException {
        return new Runner(new OptionsBuilder()
                .include(NextBestActionDecisionBenchmark.class.getName())
                .mode(mode)
                .timeUnit(unit)
                .threads(threads)
                .build()).run();
    }

    private Benchmarks() {
    }
}
