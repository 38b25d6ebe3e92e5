package io.cvmjourneys.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.JourneyOnPostgres;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestHttp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The whole feedback loop on PostgreSQL, through the REST APIs as the people involved use them:
 * a customer is offered an action and accepts it, complains about it, CX links the complaint to
 * the action, a CVM manager pauses it — and the next decision for any customer no longer proposes
 * it, and says why.
 */
@JourneyOnPostgres
class ComplaintLoopOnPostgresTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aComplaintLinkedToAnActionLetsAManagerPauseItForEveryone() {
        String complainer = loyalCustomer("CUST-710001");
        String other = loyalCustomer("CUST-710002");

        String offered = as("agent").get().uri("/api/customers/{id}/next-best-actions?moment=STORE_VISIT&channel=STORE", complainer)
                .retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(offered, "$.actions[*].actionId")).contains("LOYALTY_REWARD");
        as("store").post().uri("/api/decisions/{id}/outcome", (String) JsonPath.read(offered, "$.decisionId"))
                .contentType(MediaType.APPLICATION_JSON).body("{\"actionId\": \"LOYALTY_REWARD\", \"outcome\": \"ACCEPTED\"}")
                .retrieve().toBodilessEntity();

        ResponseEntity<String> complaint = as("channel").post().uri("/api/moments").contentType(MediaType.APPLICATION_JSON)
                .body("{\"eventId\": \"cmp-loop-1\", \"customerId\": \"" + complainer + "\", \"type\": \"COMPLAINT_SUBMITTED\","
                        + " \"channel\": \"CALL_CENTER\", \"data\": {\"text\": \"The reward streaming code never worked\"}}")
                .retrieve().toEntity(String.class);
        assertThat(complaint.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(complaint.getBody(), "$.processInstanceId");

        String triage = claim("cx", journey, "Task_TriageComplaint");
        assertThat(variable("cx", triage, "linkedAction")).as("suggested from the contact history").isEqualTo("LOYALTY_REWARD");
        complete("cx", triage, Map.of("category", "OFFERS", "severity", "LOW", "rootCause", "CVM_OFFER", "linkedAction", "LOYALTY_REWARD"));
        complete("agent", claim("agent", journey, "Task_ResolveComplaint"), Map.of("resolutionNote", "Sent a new code"));

        String review = claim("manager", journey, "Task_ReviewActionComplaints");
        long linkedInThirtyDays = jdbc.sql("SELECT COUNT(*) FROM cvm.complaint WHERE linked_action_id = 'LOYALTY_REWARD'"
                + " AND filed_at >= ?").param(java.sql.Timestamp.from(TestClock.now().minus(java.time.Duration.ofDays(30))))
                .query(Long.class).single();
        assertThat(((Number) variable("manager", review, "complaintsLinked")).longValue())
                .as("the demo's complaints about the reward and this one").isEqualTo(linkedInThirtyDays).isPositive();
        complete("manager", review, Map.of("reviewDecision", "PAUSE_ACTION", "reviewNote", "Codes fail: pause until fixed"));

        String next = as("agent").get().uri("/api/customers/{id}/next-best-actions?moment=STORE_VISIT&channel=STORE", other)
                .retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(next, "$.actions[*].actionId")).doesNotContain("LOYALTY_REWARD");
        assertThat(JsonPath.<List<String>>read(next, "$.suppressed[?(@.actionId == 'LOYALTY_REWARD')].rule"))
                .containsExactly("Paused action");
    }

    private String loyalCustomer(String id) {
        LocalDate today = TestClock.today();
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Loyal Lou', ?, 'lou@example.org', 'POSTPAID', 'MASS', ?, 1500, 40, 'T90', FALSE)""")
                .params(id, "+34 633 " + id.substring(5), today.minusYears(6)).update();
        return id;
    }

    private String claim(String user, String journey, String taskKey) {
        List<String> ids = JsonPath.read(as(user).get()
                .uri("/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}&maxResults=10", journey, taskKey)
                .retrieve().body(String.class), "$[*].id");
        assertThat(ids).as(user + " sees " + taskKey).hasSize(1);
        assertThat(as(user).post().uri("/engine-rest/task/{id}/claim", ids.get(0)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"userId\": \"" + user + "\"}").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return ids.get(0);
    }

    private Object variable(String user, String taskId, String name) {
        return JsonPath.read(as(user).get().uri("/engine-rest/task/{id}/variables/{name}", taskId, name)
                .retrieve().body(String.class), "$.value");
    }

    private void complete(String user, String taskId, Map<String, String> values) {
        StringBuilder variables = new StringBuilder("{");
        values.forEach((name, value) -> variables.append(variables.length() > 1 ? "," : "")
                .append('"').append(name).append("\": {\"value\": \"").append(value).append("\"}"));
        ResponseEntity<Void> completed = as(user).post().uri("/engine-rest/task/{id}/complete", taskId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"variables\": " + variables + "}}").retrieve().toBodilessEntity();
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private RestClient as(String user) {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }
}
