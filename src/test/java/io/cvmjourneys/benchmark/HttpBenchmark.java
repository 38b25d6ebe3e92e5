package io.cvmjourneys.benchmark;

import io.cvmjourneys.benchmark.BenchmarkReport.Goal;
import io.cvmjourneys.testsupport.DemoApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The REST API under load over HTTP, each endpoint beside {@code /actuator/health} of the same
 * application measured in the same run: the application in this JVM on the demo data (H2, or PostgreSQL
 * with the argument {@code postgres}), every request with the agent's HTTP Basic header, a closed loop
 * of 8 and then 32 connections (each sends its next request when its answer arrives, as wrk does),
 * 40 s of warm-up per endpoint first and 5 s before each figure, 15 s measured per figure. Load generator
 * and application share the machine, so compare ratios rather than absolute figures across machines. Adds its figures to the {@link BenchmarkReport}. Not a test: it asserts nothing but that
 * the answers were 2xx.
 * Run: {@code mvn -Pbenchmark test-compile exec:exec -Dbenchmark.main=io.cvmjourneys.benchmark.HttpBenchmark}
 * (add {@code -Dbenchmark.args=postgres}).
 */
public final class HttpBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final int WARM_UP_ROUNDS = 8;
    private static final Duration MEASURED = Duration.ofSeconds(15);
    private static final int[] CONNECTIONS = {8, 32};
    private static final String AGENT = "Basic " + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8));

    /** An endpoint; the request number picks the customer, so the load spreads over 500 of them. */
    private record Endpoint(String name, IntFunction<String> path, boolean heldToGoals) {
    }

    private static final double GOAL_SHARE_OF_HEALTH = 0.6;
    private static final double GOAL_P99_MILLIS = 20;

    private static final String BASELINE = "GET /actuator/health";

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(BASELINE, i -> "/actuator/health", false),
            new Endpoint("GET /api/actions", i -> "/api/actions", false),
            new Endpoint("GET /api/customers/{id}", i -> "/api/customers/" + customer(i), false),
            new Endpoint("GET /api/customers/{id}/next-best-actions", i -> "/api/customers/" + customer(i)
                    + "/next-best-actions?moment=STORE_VISIT&channel=STORE", true));

    public static void main(String[] args) throws Exception {
        boolean postgres = Arrays.asList(args).contains("postgres");
        String database = postgres ? "postgres" : "h2";
        String benchmark = "HTTP, " + database;
        try (ConfigurableApplicationContext app = DemoApplication.start("http-benchmark", postgres)) {
            String base = "http://localhost:" + DemoApplication.port(app);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // 40 s of every endpoint before the first figure: the JIT goes on compiling for minutes, and
            // health measured while it did cost twice the CPU per request it costs later (seen: health at half its rate)
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (Endpoint endpoint : ENDPOINTS) {
                    load(http, base, endpoint, CONNECTIONS[round % CONNECTIONS.length], WARM_UP);
                }
            }
            for (int connections : CONNECTIONS) {
                double baselineRate = 0;
                double baselineP99 = 0;
                for (Endpoint endpoint : ENDPOINTS) {
                    load(http, base, endpoint, connections, WARM_UP);
                    long[] nanos = load(http, base, endpoint, connections, MEASURED);
                    double perSecond = nanos.length / (double) MEASURED.toSeconds();
                    double p99 = percentile(nanos, 99);
                    if (endpoint.name().equals(BASELINE)) {
                        baselineRate = perSecond;
                        baselineP99 = p99;
                        BenchmarkReport.add(benchmark, connections + " connections, " + BASELINE + " p50", percentile(nanos, 50),
                                "ms", Goal.NONE);
                        BenchmarkReport.add(benchmark, connections + " connections, " + BASELINE + " p99", p99, "ms", Goal.NONE);
                        BenchmarkReport.add(benchmark, connections + " connections, " + BASELINE, perSecond, "req/s", Goal.NONE);
                        continue;
                    }
                    String figure = connections + " connections, " + endpoint.name();
                    BenchmarkReport.add(benchmark, figure + " p50", percentile(nanos, 50), "ms", Goal.NONE);
                    BenchmarkReport.add(benchmark, figure + " p99", p99, "ms", BASELINE + " p99", baselineP99,
                            endpoint.heldToGoals() ? Goal.valueAtMost(GOAL_P99_MILLIS, "ms") : Goal.NONE);
                    BenchmarkReport.add(benchmark, figure, perSecond, "req/s", BASELINE, baselineRate,
                            endpoint.heldToGoals() ? Goal.ratioAtLeast(GOAL_SHARE_OF_HEALTH) : Goal.NONE);
                }
            }
        }
        BenchmarkReport.write();
    }

    /** The answers' latencies, sorted; fails on any answer that is not 2xx, which would make the figure meaningless. */
    private static long[] load(HttpClient http, String base, Endpoint endpoint, int connections, Duration duration)
            throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService callers = Executors.newFixedThreadPool(connections);
        try {
            List<Future<long[]>> perCaller = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int caller = c;
                perCaller.add(callers.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    for (int i = caller; System.nanoTime() < deadline; i += connections) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + endpoint.path().apply(i)))
                                .header("Authorization", AGENT).GET().build();
                        long start = System.nanoTime();
                        HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                        long took = System.nanoTime() - start;
                        if (answer.statusCode() / 100 != 2) {
                            throw new IllegalStateException(endpoint.name() + " answered " + answer.statusCode());
                        }
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = took;
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> caller : perCaller) {
                all.add(caller.get());
            }
            return all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        } finally {
            callers.shutdownNow();
        }
    }

    private static double percentile(long[] sortedNanos, int percentile) {
        int at = Math.min(sortedNanos.length - 1, (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, at)] / 1e6;
    }

    private static String customer(int request) {
        return "CUST-%06d".formatted(1 + request % 500);
    }

    private HttpBenchmark() {
    }
}
