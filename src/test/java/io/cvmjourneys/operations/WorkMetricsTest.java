package io.cvmjourneys.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestHttp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/** The figures on /actuator/prometheus are the demo's own: what runs, waits and was decided, for operators only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // Spring Boot tests export no metrics unless asked
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class WorkMetricsTest {

    @LocalServerPort
    int port;
    @Autowired
    WorkMetrics metrics;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void theFiguresAreWhatTheEngineAndTheDecisionsSay() {
        as("agent").get().uri("/api/customers/CUST-000146/next-best-actions?moment=STORE_VISIT&channel=STORE").retrieve()
                .toBodilessEntity();
        metrics.refresh();

        String scrape = as("admin").get().uri("/actuator/prometheus").retrieve().body(String.class);

        assertThat(value(scrape, "cvm_journeys_running", "program=\"cancellation-winback\"")).isEqualTo(
                runtimeService.createProcessInstanceQuery().processDefinitionKey("cancellation-winback").count());
        assertThat(value(scrape, "cvm_journeys_started_total", "program=\"cancellation-winback\"")).isPositive();
        assertThat(value(scrape, "cvm_tasks_open", "team=\"call-center\"")).isEqualTo(
                taskService.createTaskQuery().taskCandidateGroup("call-center").count());
        assertThat(scrape).contains("cvm_jobs_due ", "cvm_jobs_failed ", "hikaricp_connections_active",
                "cvm_nba_decision_seconds_bucket{answer=", "moment=\"STORE_VISIT\"");
    }

    @Test
    void onlyAdministratorsReadThem() {
        assertThat(TestHttp.client(port).get().uri("/actuator/prometheus").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> agent = as("agent").get().uri("/actuator/prometheus").retrieve().toEntity(String.class);
        assertThat(agent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private RestClient as(String user) {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }

    /** The value of a series, e.g. {@code cvm_tasks_open{team="call-center"}}. */
    private static long value(String scrape, String name, String label) {
        Matcher series = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} ([0-9.E+]+)$")
                .matcher(scrape);
        assertThat(series.find()).as(name + "{" + label + "} in the scrape").isTrue();
        return (long) Double.parseDouble(series.group(1));
    }
}
