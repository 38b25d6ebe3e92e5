package io.cvmjourneys.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A journey's people as they work over the Camunda REST API, each with their own demo credentials. */
public final class TasklistRest {

    private final int port;

    public TasklistRest(int port) {
        this.port = port;
    }

    public RestClient as(String user) {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }

    /** The ids of the journey's tasks with this key that the user can see. */
    public List<String> tasks(String journey, String user, String taskKey) {
        String tasks = as(user).get().uri("/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}&maxResults=10",
                journey, taskKey).retrieve().body(String.class);
        return JsonPath.read(tasks, "$[*].id");
    }

    /** The task the user finds in their queue, claimed as that user. */
    public String claim(String journey, String user, String taskKey) {
        List<String> ids = tasks(journey, user, taskKey);
        assertThat(ids).as(user + " sees " + taskKey).hasSize(1);
        assertThat(as(user).post().uri("/engine-rest/task/{id}/claim", ids.get(0)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"userId\": \"" + user + "\"}").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return ids.get(0);
    }

    /** Completes the task with variables in the REST API's JSON ({@code {"name": {"value": …}}}). */
    public ResponseEntity<String> complete(String user, String taskId, String variables) {
        return as(user).post().uri("/engine-rest/task/{id}/complete", taskId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"variables\": " + variables + "}").retrieve().toEntity(String.class);
    }
}
