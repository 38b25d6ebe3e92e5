package io.cvmjourneys.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestHttp;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A client that accepts only a type the APIs do not make (XML) still hears why its request was refused:
 * the refusal keeps its status and its words, in JSON, on /api and on /engine-rest alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class RefusalsWhateverAcceptedTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;

    @ParameterizedTest(name = "{0} {1} {2} accepting {3}")
    @CsvSource(delimiter = '|', textBlock = """
            channel | POST | /api/moments                     | application/xml | application/json | {}                   | 400 | eventId
            agent   | GET  | /api/customers/CUST-NOPE         | application/xml |                  |                      | 404 | CUST-NOPE
            channel | POST | /api/moments                     | application/xml | text/plain       | {}                   | 415 | not supported
            channel | POST | /api/moments                     | text/csv        | application/json | {"eventId":          | 400 | not valid JSON
            agent   | POST | /engine-rest/task/{task}/complete | application/xml | application/json | {"variables":        | 400 | not valid JSON
            agent   | POST | /engine-rest/task/{task}/complete | application/xml | application/json | {"variables": {}}    | 400 | is required
            agent   | POST | /engine-rest/task/no-such-task/complete | application/xml | application/json | {}       | 404 | no longer open
            """)
    void theRefusalKeepsItsStatusAndSaysWhyInJson(String user, String method, String path, String accept, String contentType,
                                                  String body, int status, String says) {
        String task = taskService.createTaskQuery().taskDefinitionKey("Task_CallCustomer").listPage(0, 1).get(0).getId();
        var request = TestHttp.client(port).method(HttpMethod.valueOf(method)).uri(path.replace("{task}", task))
                .headers(headers -> headers.setBasicAuth(user, "demo")).header(HttpHeaders.ACCEPT, accept);
        if (contentType != null) {
            request.contentType(MediaType.parseMediaType(contentType)).body(body);
        }

        ResponseEntity<String> answer = request.retrieve().toEntity(String.class);

        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).as(answer.toString()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(answer.getBody()).contains(says);
    }
}
