package io.cvmjourneys.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Journey work over the REST APIs as the demo users do it: find the task in one's queue, claim it, complete it. */
public final class JourneyRest {

    private final int port;

    public JourneyRest(int port) {
        this.port = port;
    }

    /** A client with the demo user's credentials (HTTP Basic). */
    public RestClient as(String user) {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }

    /** The task the user finds in their queue over the Camunda REST API, claimed as that user. */
    public String claimTask(String journey, String user, String taskKey) {
        String tasks = as(user).get().uri("/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}&maxResults=10",
                journey, taskKey).retrieve().body(String.class);
        List<String> ids = JsonPath.read(tasks, "$[*].id");
        assertThat(ids).as(user + " sees " + taskKey).hasSize(1);
        assertThat(as(user).post().uri("/engine-rest/task/{id}/claim", ids.get(0)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"userId\": \"" + user + "\"}").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return ids.get(0);
    }

    /** Completes the task as the user with the variables as Camunda REST writes them ({@code {"name": {"value": …}}}). */
    public ResponseEntity<String> complete(String user, String taskId, String variables) {
        return as(user).post().uri("/engine-rest/task/{id}/complete", taskId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"variables\": " + variables + "}").retrieve().toEntity(String.class);
    }
}
