package io.cvmjourneys.workspace;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.testsupport.DemoApplication;
import io.cvmjourneys.testsupport.TestHttp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * Time to render the agent's queue and the customer page (customer 360 + a logged next-best-action
 * decision), as a signed-in browser gets them over HTTP on the same machine, with the demo data:
 * p50/p99 over 200 requests each after a warm-up, against the landing page (a signed-in template
 * render with no data) as the baseline measured in the same run. Then again with a full queue (200 open tasks).
 * Run with: {@code mvn -Pbenchmark test-compile exec:exec -Dbenchmark.main=io.cvmjourneys.workspace.WorkspaceRenderBenchmark}
 * (add {@code -Dbenchmark.args=postgres} for PostgreSQL instead of the embedded H2).
 */
public final class WorkspaceRenderBenchmark {

    private static final int WARMUP = 100;
    private static final int MEASURED = 200;

    public static void main(String[] args) {
        boolean postgres = Arrays.asList(args).contains("postgres");
        try (ConfigurableApplicationContext app = DemoApplication.start("render-benchmark", postgres)) {
            int port = DemoApplication.port(app);
            RestClient browser = TestHttp.browser(port);
            TestHttp.signIn(browser, "agent", "demo");
            if (!browser.get().uri("/tasks").retrieve().body(String.class).contains("Your queue")) {
                throw new IllegalStateException("The agent is not signed in: the measurement would be wrong");
            }
            System.out.println();
            System.out.println("== workspace pages, one signed-in agent, HTTP on localhost, " + (postgres ? "PostgreSQL" : "H2")
                    + " with the demo base (5,000 customers)");
            double[] home = measure(i -> browser.get().uri("/").retrieve().body(String.class));
            print("home page (baseline)", home);
            double[] queue = measure(i -> browser.get().uri("/tasks").retrieve().body(String.class));
            print("queue, demo tasks", queue);
            double[] customer = measure(i -> browser.get().uri("/customers/CUST-%06d".formatted(1 + i % 500))
                    .retrieve().body(String.class));
            print("customer page", customer);

            MomentIntake intake = app.getBean(MomentIntake.class);
            for (int i = 0; i < AgentTasks.QUEUE_LIMIT; i++) {
                String customerId = "CUST-%06d".formatted(1000 + i);
                intake.receive(new Moment("benchmark-" + customerId, customerId, MomentType.CANCELLATION_REQUEST,
                        Channel.CALL_CENTER, Instant.now(), Map.of("reason", "PRICE")));
            }
            double[] fullQueue = measure(i -> browser.get().uri("/tasks").retrieve().body(String.class));
            print("queue, 200 more open tasks", fullQueue);
            System.out.printf("ratio to baseline p50: queue %.1f, customer page %.1f, full queue %.1f%n",
                    percentile(queue, 50) / percentile(home, 50), percentile(customer, 50) / percentile(home, 50),
                    percentile(fullQueue, 50) / percentile(home, 50));
        }
    }

    private static double[] measure(IntFunction<String> request) {
        for (int i = 0; i < WARMUP; i++) {
            request.apply(i);
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            String page = request.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (page == null || page.isEmpty()) {
                throw new IllegalStateException("No page: the measurement would be wrong");
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static void print(String what, double[] sorted) {
        System.out.printf("%-28s p50 %7.2f ms  p99 %7.2f ms%n", what, percentile(sorted, 50), percentile(sorted, 99));
    }

    private WorkspaceRenderBenchmark() {
    }
}
