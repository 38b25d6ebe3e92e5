package io.cvmjourneys.benchmark;

import io.cvmjourneys.benchmark.BenchmarkReport.Goal;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.testsupport.DemoApplication;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntConsumer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * (b) The whole pipeline on PostgreSQL with the demo base (5,000 customers): context read, decision
 * and decision-log write, one decision at a time for random customers, moments and channels.
 * Baselines measured in the same run: a bare database round trip and the context read alone.
 */
public final class PipelineBenchmark {

    private static final int WARMUP = 3_000;
    private static final int MEASURED = 10_000;
    private static final double GOAL_P99_MILLIS = 5;

    static final String NAME = "NBA pipeline, PostgreSQL";

    /** Mean milliseconds of the context read and of the whole pipeline, for the shares of its stages. */
    record Means(double contextReadMillis, double wholeMillis) {
    }

    /** This part alone: {@code -Dbenchmark.main=io.cvmjourneys.benchmark.PipelineBenchmark}. */
    public static void main(String[] args) {
        run();
        BenchmarkReport.write();
    }

    static Means run() {
        try (ConfigurableApplicationContext app = DemoApplication.start("pipeline-benchmark", true)) {
            NextBestActionService pipeline = app.getBean(NextBestActionService.class);
            CustomerDirectory customers = app.getBean(CustomerDirectory.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Random random = new Random(11);
            MomentType[] moments = MomentType.values();
            Channel[] channels = Channel.values();

            double[] roundTrip = measure(i -> jdbc.sql("SELECT 1").query(Integer.class).single());
            double[] contextRead = measure(i -> customers.context(customer(random)));
            double[] wholePipeline = measure(i -> pipeline.decide(customer(random), moments[random.nextInt(moments.length)],
                    channels[random.nextInt(channels.length)], null));

            report("database round trip", roundTrip, "", null, Goal.NONE);
            report("context read", contextRead, "database round trip", roundTrip, Goal.NONE);
            report("whole pipeline", wholePipeline, "context read", contextRead, Goal.valueAtMost(GOAL_P99_MILLIS, "ms"));
            return new Means(mean(contextRead), mean(wholePipeline));
        }
    }

    private static void report(String figure, double[] millis, String baseline, double[] baselineMillis, Goal p99Goal) {
        String one = ", 1 thread";
        BenchmarkReport.add(NAME, figure + one + ", p50", percentile(millis, 50), "ms", Goal.NONE);
        if (baselineMillis == null) {
            BenchmarkReport.add(NAME, figure + one + ", p99", percentile(millis, 99), "ms", p99Goal);
            BenchmarkReport.add(NAME, figure + one, 1000 / mean(millis), "/s", Goal.NONE);
        } else {
            BenchmarkReport.add(NAME, figure + one + ", p99", percentile(millis, 99), "ms", baseline + " p99",
                    percentile(baselineMillis, 99), p99Goal);
            BenchmarkReport.add(NAME, figure + one, 1000 / mean(millis), "/s", baseline, 1000 / mean(baselineMillis), Goal.NONE);
        }
    }

    private static double mean(double[] millis) {
        return Arrays.stream(millis).average().orElseThrow();
    }

    private static String customer(Random random) {
        return "CUST-%06d".formatted(1 + random.nextInt(5000));
    }

    /** Milliseconds per call, sorted, after a warm-up. */
    private static double[] measure(IntConsumer call) {
        for (int i = 0; i < WARMUP; i++) {
            call.accept(i);
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            call.accept(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, double percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100 * sorted.length) - 1)];
    }

    private PipelineBenchmark() {
    }
}
