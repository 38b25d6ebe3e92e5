package io.cvmjourneys.benchmark;

import io.cvmjourneys.nba.NextBestActionDecisionBenchmark;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the next-best-action benchmarks and prints ratios: (a) the pure decision in memory against
 * the candidate table alone, measured in the same run, and against its goals (p99 under 200 µs,
 * over 20,000 decisions/s); (b) the whole pipeline on PostgreSQL (see {@link PipelineBenchmark}); (c) the
 * REST API over HTTP against /actuator/health, on H2 and on PostgreSQL (see {@link HttpBenchmark}).
 * Run with: {@code mvn -Pbenchmark test-compile exec:exec}.
 */
public final class Benchmarks {

    private static final double GOAL_P99_MICROS = 200;
    private static final double GOAL_DECISIONS_PER_SECOND = 20_000;

    public static void main(String[] args) throws Exception {
        Statistics tableLatency = null;
        Statistics decisionLatency = null;
        for (RunResult result : run(Mode.SampleTime, TimeUnit.MICROSECONDS)) {
            if (result.getParams().getBenchmark().endsWith("candidateTableOnly")) {
                tableLatency = result.getPrimaryResult().getStatistics();
            } else {
                decisionLatency = result.getPrimaryResult().getStatistics();
            }
        }
        double tableThroughput = 0;
        double decisionThroughput = 0;
        for (RunResult result : run(Mode.Throughput, TimeUnit.SECONDS)) {
            if (result.getParams().getBenchmark().endsWith("candidateTableOnly")) {
                tableThroughput = result.getPrimaryResult().getScore();
            } else {
                decisionThroughput = result.getPrimaryResult().getScore();
            }
        }
        System.out.println();
        System.out.println("== (a) pure decision, context in memory, one thread");
        System.out.printf("candidate table only (baseline): p50 %8.1f µs  p99 %8.1f µs  %,10.0f /s%n",
                tableLatency.getPercentile(50), tableLatency.getPercentile(99), tableThroughput);
        System.out.printf("whole decision:                  p50 %8.1f µs  p99 %8.1f µs  %,10.0f /s%n",
                decisionLatency.getPercentile(50), decisionLatency.getPercentile(99), decisionThroughput);
        System.out.printf("ratio whole decision / table only:  p99 %.2f   throughput %.2f%n",
                decisionLatency.getPercentile(99) / tableLatency.getPercentile(99), decisionThroughput / tableThroughput);
        System.out.printf("ratio to goal: p99 %.2f of %.0f µs (below 1 meets it); throughput %.2f x %,.0f /s (above 1 meets it)%n",
                decisionLatency.getPercentile(99) / GOAL_P99_MICROS, GOAL_P99_MICROS,
                decisionThroughput / GOAL_DECISIONS_PER_SECOND, GOAL_DECISIONS_PER_SECOND);

        PipelineBenchmark.run();
        HttpBenchmark.main(new String[0]);
        HttpBenchmark.main(new String[] {"postgres"});
    }

    private static Collection<RunResult> run(Mode mode, TimeUnit unit) throws RunnerException {
        return new Runner(new OptionsBuilder()
                .include(NextBestActionDecisionBenchmark.class.getName())
                .mode(mode)
                .timeUnit(unit)
                .build()).run();
    }

    private Benchmarks() {
    }
}
