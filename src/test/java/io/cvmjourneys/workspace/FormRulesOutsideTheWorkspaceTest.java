package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestHttp;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * A task completed outside the workspace — over {@code /engine-rest} as README shows, or with
 * Tasklist's "Complete" — keeps the rules of its form: the engine refuses what the workspace's page
 * refuses, with the same sentence, and stores nothing of a refused completion.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class FormRulesOutsideTheWorkspaceTest {

    private static final String TASKLIST_ENGINE_API = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Clock clock;

    @Test
    void aPromiseBeyondSixtyDaysIsRefusedOverRestWithTheFormsSentenceAndNothingIsStored() {
        Task call = anOpenCall();
        LocalDate tooFar = LocalDate.now(clock).plusDays(61);

        ResponseEntity<String> refused = completeOverRest(call, """
                {"variables": {"customerResponse": {"value": "PROMISE_TO_PAY"}, "promisedDate": {"value": "%s"}}}"""
                .formatted(tooFar));

        assertThat(refused.getStatusCode()).as(refused.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Promised payment date: Choose a day at most 60 days ahead, by "
                + LocalDate.now(clock).plusDays(60) + ".");
        assertThat(taskService.createTaskQuery().taskId(call.getId()).count()).as("the call is still open").isOne();
        assertThat(runtimeService.getVariable(call.getProcessInstanceId(), "promisedDate")).isNull();
        assertThat(runtimeService.getVariable(call.getProcessInstanceId(), "customerResponse")).isNull();
    }

    @Test
    void tasklistsCompleteRefusesAPromiseInThePastWithTheFormsSentence() {
        Task call = anOpenCall();
        RestClient browser = TestHttp.signedIn(port, "agent");
        ResponseEntity<String> tasklist = browser.get().uri("/camunda/app/tasklist/default/").retrieve().toEntity(String.class);

        // as Tasklist's "Complete" sends a Camunda Form: submit-form, with the webapps' CSRF token
        ResponseEntity<String> refused = browser.post().uri(TASKLIST_ENGINE_API + "/task/{id}/submit-form", call.getId())
                .header("X-XSRF-TOKEN", TestHttp.webappCsrfToken(tasklist)).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"variables": {"customerResponse": {"value": "PROMISE_TO_PAY"}, "promisedDate": {"value": "2020-01-01"}}}""")
                .retrieve().toEntity(String.class);

        assertThat(refused.getStatusCode()).as(refused.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Promised payment date: Choose today (" + LocalDate.now(clock) + ") or a later day.");
        assertThat(taskService.createTaskQuery().taskId(call.getId()).count()).isOne();
        assertThat(runtimeService.getVariable(call.getProcessInstanceId(), "promisedDate")).isNull();
    }

    @Test
    void aCallThatReachedNobodyCompletesOverRestWithoutTheHiddenDateAndAKeptPromiseWithIt() {
        Task unreached = anOpenCall();
        ResponseEntity<String> completed = completeOverRest(unreached, """
                {"variables": {"customerResponse": {"value": "UNREACHABLE"}}}""");
        assertThat(completed.getStatusCode()).as(completed.toString()).isEqualTo(HttpStatus.NO_CONTENT);

        Task promised = anOpenCall();
        LocalDate inTenDays = LocalDate.now(clock).plusDays(10);
        ResponseEntity<String> promise = completeOverRest(promised, """
                {"variables": {"customerResponse": {"value": "PROMISE_TO_PAY"}, "promisedDate": {"value": "%s"}}}"""
                .formatted(inTenDays));
        assertThat(promise.getStatusCode()).as(promise.toString()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(promised.getProcessInstanceId(), "promisedDate")).isEqualTo(inTenDays.toString());
    }

    @Test
    void aValueOfAnotherTypeThanTheFormStoresIsRefusedThoughItsTextWouldPass() {
        Task offer = taskService.createTaskQuery().taskDefinitionKey("Task_PresentRetentionOffer").taskUnassigned()
                .listPage(0, 1).stream().findFirst().orElseThrow(() -> new AssertionError("the demo has a retention offer to present"));
        ResponseEntity<String> numberAsText = completeOverRest(offer, """
                {"variables": {"offerResponse": {"value": "ACCEPTED"}, "discountPercent": {"value": "0", "type": "String"}}}""");

        Task call = anOpenCall();
        ResponseEntity<String> textAsNumber = completeOverRest(call, """
                {"variables": {"customerResponse": {"value": "UNREACHABLE"}, "agentNote": {"value": 5}}}""");

        assertThat(numberAsText.getStatusCode()).as(numberAsText.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(numberAsText.getBody()).contains("Discount agreed, counter-offer included: Send a number, e.g. 10");
        assertThat(taskService.createTaskQuery().taskId(offer.getId()).count()).as("the offer is still open").isOne();
        assertThat(runtimeService.getVariable(offer.getProcessInstanceId(), "offerResponse")).isNull();
        assertThat(textAsNumber.getStatusCode()).as(textAsNumber.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(textAsNumber.getBody()).contains("Note for the journey: Send it as text");
        assertThat(runtimeService.getVariable(call.getProcessInstanceId(), "customerResponse")).isNull();
        assertThat(runtimeService.getVariable(call.getProcessInstanceId(), "agentNote")).isNull();
        taskService.setAssignee(offer.getId(), null);
        taskService.setAssignee(call.getId(), null);
    }

    @Test
    void aCallsFieldsCanBeSetOnTheirOwnOverRestAndNoOtherVariableOfItsJourney() {
        Task call = anOpenCall();
        Object customer = runtimeService.getVariable(call.getProcessInstanceId(), "customerId");
        RestClient agent = agent();
        claim(agent, call);

        ResponseEntity<String> field = agent.put().uri("/engine-rest/task/{id}/variables/customerResponse", call.getId())
                .contentType(MediaType.APPLICATION_JSON).body("{\"value\": \"PROMISE_TO_PAY\"}").retrieve().toEntity(String.class);
        ResponseEntity<String> customerId = agent.post().uri("/engine-rest/task/{id}/variables", call.getId())
                .contentType(MediaType.APPLICATION_JSON).body("{\"modifications\": {\"customerId\": {\"value\": \"CUST-000001\"}}}")
                .retrieve().toEntity(String.class);
        ResponseEntity<String> farPromise = agent.put().uri("/engine-rest/task/{id}/variables/promisedDate", call.getId())
                .contentType(MediaType.APPLICATION_JSON).body("{\"value\": \"%s\"}".formatted(LocalDate.now(clock).plusDays(61)))
                .retrieve().toEntity(String.class);

        assertThat(field.getStatusCode()).as(field.toString()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(call.getProcessInstanceId(), "customerResponse")).isEqualTo("PROMISE_TO_PAY");
        assertThat(customerId.getStatusCode()).as(customerId.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(customerId.getBody()).contains("customerId: is not on this form");
        assertThat(runtimeService.getVariable(call.getProcessInstanceId(), "customerId")).isEqualTo(customer).isNotNull();
        assertThat(farPromise.getStatusCode()).as(farPromise.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(farPromise.getBody()).contains("Promised payment date: Choose a day at most 60 days ahead");
        assertThat(runtimeService.getVariable(call.getProcessInstanceId(), "promisedDate")).isNull();

        // a field may be emptied again; the call goes back as it was, for the other tests
        ResponseEntity<String> emptied = agent.delete().uri("/engine-rest/task/{id}/variables/customerResponse", call.getId())
                .retrieve().toEntity(String.class);
        assertThat(emptied.getStatusCode()).as(emptied.toString()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(call.getProcessInstanceId(), "customerResponse")).isNull();
        taskService.setAssignee(call.getId(), null);
    }

    private ResponseEntity<String> completeOverRest(Task task, String body) {
        RestClient agent = agent();
        claim(agent, task);
        return agent.post().uri("/engine-rest/task/{id}/complete", task.getId()).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(String.class);
    }

    private RestClient agent() {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth("agent", "demo")).build();
    }

    private static void claim(RestClient agent, Task task) {
        ResponseEntity<String> claim = agent.post().uri("/engine-rest/task/{id}/claim", task.getId())
                .contentType(MediaType.APPLICATION_JSON).body("{\"userId\": \"agent\"}").retrieve().toEntity(String.class);
        assertThat(claim.getStatusCode()).as(claim.toString()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** A call about an overdue invoice nobody has taken: the demo's payments collection has several. */
    private Task anOpenCall() {
        return taskService.createTaskQuery().taskDefinitionKey("Task_CallCustomer").taskUnassigned().listPage(0, 1).stream()
                .findFirst().orElseThrow(() -> new AssertionError("the demo has an open call about an overdue invoice"));
    }
}
