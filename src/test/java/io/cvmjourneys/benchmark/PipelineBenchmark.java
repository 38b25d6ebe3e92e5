package io.cvmjourneys.benchmark;

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
final class PipelineBenchmark {

    private static final int WARMUP = 3_000;
    private static final int MEASURED = 10_000;
    private static final double GOAL_P99_MILLIS = 5;

    static void run() {
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

            System.out.println();
            System.out.println("== (b) whole pipeline on PostgreSQL (context read + decision + log write), one thread");
            print("database round trip (baseline)", roundTrip);
            print("context read", contextRead);
            print("whole pipeline", wholePipeline);
            System.out.printf("ratio whole pipeline / round trip: p99 %.1f; / context read: p99 %.2f%n",
                    percentile(wholePipeline, 99) / percentile(roundTrip, 99),
                    percentile(wholePipeline, 99) / percentile(contextRead, 99));
            System.out.printf("ratio to goal: p99 %.2f of %.0f ms (below 1 meets it)%n",
                    percentile(wholePipeline, 99) / GOAL_P99_MILLIS, GOAL_P99_MILLIS);
        }
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

    private static void print(String label, double[] millis) {
        double total = Arrays.stream(millis).sum();
        System.out.printf("%-32s p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %,8.0f /s%n", label, percentile(millis, 50),
                percentile(millis, 99), millis[millis.length - 1], millis.length / (total / 1000));
    }

    private static double percentile(double[] sorted, double percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100 * sorted.length) - 1)];
    }

    private PipelineBenchmark() {
    }
}
