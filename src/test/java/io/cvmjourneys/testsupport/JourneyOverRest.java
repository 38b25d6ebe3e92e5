package io.cvmjourneys.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A journey driven over the REST APIs as its people do: a channel system reports moments, a user
 * finds a task in their queue on /engine-rest, claims it and completes it with the form's variables.
 * Every demo user's password is "demo".
 */
public final class JourneyOverRest {

    private final int port;

    public JourneyOverRest(int port) {
        this.port = port;
    }

    /** POST /api/moments as the channel system; {@code data} is the moment's data as JSON. */
    public ResponseEntity<String> moment(String eventId, String customerId, String type, String channel, String data) {
        return as("channel").post().uri("/api/moments").contentType(MediaType.APPLICATION_JSON)
                .body("{\"eventId\": \"%s\", \"customerId\": \"%s\", \"type\": \"%s\", \"channel\": \"%s\", \"data\": %s}"
                        .formatted(eventId, customerId, type, channel, data))
                .retrieve().toEntity(String.class);
    }

    /** The ids of the journey's tasks with this key that the user can see over the Camunda REST API. */
    public List<String> tasks(String journey, String user, String taskKey) {
        String tasks = as(user).get().uri("/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}&maxResults=10",
                journey, taskKey).retrieve().body(String.class);
        return JsonPath.read(tasks, "$[*].id");
    }

    /** The task the user finds in their queue over the Camunda REST API, claimed as that user. */
    public String claimTask(String journey, String user, String taskKey) {
        List<String> ids = tasks(journey, user, taskKey);
        assertThat(ids).as(user + " sees " + taskKey).hasSize(1);
        assertThat(as(user).post().uri("/engine-rest/task/{id}/claim", ids.get(0)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"userId\": \"" + user + "\"}").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return ids.get(0);
    }

    /** Completes the task as the user; {@code variables} is the JSON object of Camunda typed values. */
    public ResponseEntity<String> complete(String user, String taskId, String variables) {
        return as(user).post().uri("/engine-rest/task/{id}/complete", taskId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"variables\": " + variables + "}").retrieve().toEntity(String.class);
    }

    public RestClient as(String user) {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }
}
