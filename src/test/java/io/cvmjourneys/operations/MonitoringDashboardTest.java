package io.cvmjourneys.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cvmjourneys.testsupport.TestHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * The monitoring that docker/compose.yaml sets up, with the system's Prometheus in place of its
 * container: Prometheus scrapes this application with the shipped configuration (as the first
 * administrator, only the targets and the interval changed), and every query on the shipped Grafana
 * dashboard answers with figures — no panel an operator opens says "No data".
 */
@ExtendWith(PrometheusInstalled.class) // first: decides before the application starts
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // Spring Boot tests export no metrics unless asked
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class MonitoringDashboardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SCRAPED_IN = Duration.ofMinutes(1);

    @LocalServerPort
    int port;
    @Autowired
    WorkMetrics metrics;

    @Test
    void everyPanelOfTheDashboardShowsWhatPrometheusScraped(@TempDir Path dir) throws Exception {
        new PrometheusInstalled().assertInstalled();
        RestClient agent = TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth("agent", "demo"))
                .build();
        for (String customer : List.of("CUST-000146", "CUST-000001", "CUST-000002")) {
            agent.get().uri("/api/customers/{id}/next-best-actions?moment=STORE_VISIT&channel=STORE", customer).retrieve()
                    .toBodilessEntity();
        }
        metrics.refresh();

        int prometheusPort = TestHttp.freePort();
        Process prometheus = new ProcessBuilder(PrometheusInstalled.prometheus().toString(),
                "--config.file=" + shippedConfiguration(dir), "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + prometheusPort)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        try {
            RestClient api = TestHttp.client(prometheusPort);
            awaitScrapes(api, prometheus, dir);
            Map<String, String> withoutFigures = new LinkedHashMap<>();
            for (Map.Entry<String, String> panel : dashboardQueries().entrySet()) {
                JsonNode answer = query(api, panel.getValue());
                if (!"success".equals(answer.path("status").asText()) || answer.path("data").path("result").isEmpty()) {
                    withoutFigures.put(panel.getKey(), answer.toString());
                }
            }
            assertThat(withoutFigures).as("dashboard queries without figures").isEmpty();
        } finally {
            prometheus.destroy();
            prometheus.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** docker/prometheus's configuration with this application as its one target, scraped every second. */
    private Path shippedConfiguration(Path dir) throws IOException {
        Path password = Files.writeString(dir.resolve("admin-password"), "demo");
        String configuration = Files.readString(Path.of("docker/prometheus/prometheus.template.yml"))
                .replace("__CVM_ADMIN_USER__", "admin")
                .replace("/tmp/cvm-admin-password", password.toString())
                .replace("scrape_interval: 15s", "scrape_interval: 1s")
                .replaceAll("targets: \\[[^]]*]", "targets: [\"localhost:" + port + "\"]");
        return Files.writeString(dir.resolve("prometheus.yml"), configuration);
    }

    /** Until Prometheus has scraped the application successfully three times (rates need two samples). */
    private void awaitScrapes(RestClient api, Process prometheus, Path dir) throws Exception {
        long deadline = System.nanoTime() + SCRAPED_IN.toNanos();
        while (true) {
            try {
                JsonNode scrapes = query(api, "count_over_time(up{job=\"cvm-journeys\"}[5m]) * on() group_left min(up)");
                if (scrapes.path("data").path("result").path(0).path("value").path(1).asDouble() >= 3) {
                    return;
                }
            } catch (RuntimeException | IOException notReadyYet) {
                // Prometheus still starting: not listening, or answering "Service Unavailable" as plain text
            }
            assertThat(prometheus.isAlive()).as("Prometheus runs; its log: %s", readLog(dir)).isTrue();
            assertThat(System.nanoTime()).as("three successful scrapes within %s; targets: %s; Prometheus log: %s",
                    SCRAPED_IN, targets(api), readLog(dir)).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** Every query of the shipped dashboard, keyed by its panel's title and the query's position. */
    private static Map<String, String> dashboardQueries() throws IOException {
        JsonNode dashboard = JSON.readTree(Path.of("docker/grafana/dashboards/cvm-journeys.json").toFile());
        Map<String, String> queries = new LinkedHashMap<>();
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panels::add);
        for (JsonNode panel : panels) {
            JsonNode targets = panel.path("targets");
            for (int i = 0; i < targets.size(); i++) {
                queries.put(panel.path("title").asText() + " #" + (i + 1), targets.get(i).path("expr").asText());
            }
        }
        assertThat(queries).as("queries on the dashboard").hasSizeGreaterThan(10);
        return queries;
    }

    private static JsonNode query(RestClient api, String promql) throws IOException {
        return JSON.readTree(api.get().uri(uri -> uri.path("/api/v1/query").queryParam("query", "{q}").build(promql))
                .retrieve().body(String.class));
    }

    private static String targets(RestClient api) {
        try {
            return api.get().uri("/api/v1/targets").retrieve().body(String.class);
        } catch (RuntimeException unreachable) {
            return "unreachable: " + unreachable.getMessage();
        }
    }

    private static String readLog(Path dir) throws IOException {
        Path log = dir.resolve("prometheus.log");
        return Files.exists(log) ? Files.readString(log) : "none";
    }
}
