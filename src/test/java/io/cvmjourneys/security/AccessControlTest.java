package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.journeys.cancellation.CancellationVariables;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.testsupport.TestHttp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * One identity, checked everywhere: who may call the REST APIs, deploy models, see which tasks,
 * and sign in once for the workspace and the Camunda webapps; administrators see and steer all of
 * it, teams only their share. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class AccessControlTest {

    private static final String PROBE_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe" targetNamespace="http://cvmjourneys.io/test">
              <bpmn:process id="%s" name="Modeler probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Probe" />
              </bpmn:process>
            </bpmn:definitions>
            """;
    private static final String CX_TASK_NAME = "Review complaint by hand";
    private static final String PROBE_INCIDENT = "cvm-access-probe";
    private static final String COCKPIT_ENGINE_API = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    @AfterEach
    void removeTestTasksAndIncidents() {
        taskService.createTaskQuery().taskName(CX_TASK_NAME).list()
                .forEach(task -> taskService.deleteTask(task.getId(), true));
        runtimeService.createIncidentQuery().incidentType(PROBE_INCIDENT).list()
                .forEach(incident -> runtimeService.resolveIncident(incident.getId()));
    }

    @Test
    void anonymousCallersGet401OnTheRestApis() {
        for (String path : List.of("/engine-rest/engine", "/engine-rest/task", "/api/customers")) {
            ResponseEntity<String> response = rest().get().uri(path).retrieve().toEntity(String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        }
    }

    @Test
    void anonymousBrowserIsSentToTheLoginPage() {
        ResponseEntity<String> response = rest().get().uri("/").accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(response.getHeaders().getLocation()).hasPath("/login");
    }

    @Test
    void healthIsOpenToProbes() {
        ResponseEntity<String> response = rest().get().uri("/actuator/health").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(response.getBody(), "$.status")).isEqualTo("UP");
    }

    @Test
    void wrongPasswordGets401() {
        ResponseEntity<String> response = rest().get().uri("/engine-rest/engine")
                .headers(h -> h.setBasicAuth("channel", "not-the-password")).retrieve().toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void managerReadsTheEngineOverRest() {
        ResponseEntity<String> response = as("manager").get().uri("/engine-rest/engine").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<List<String>>read(response.getBody(), "$[*].name")).containsExactly("default");
    }

    @Test
    void managerDeploysAModelAsCamundaModelerDoes() {
        ResponseEntity<String> response = deployAs("manager", "modeler-probe-manager");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<Map<String, Object>>read(response.getBody(), "$.deployedProcessDefinitions")).hasSize(1);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("modeler-probe-manager").count())
                .isEqualTo(1);
    }

    @Test
    void agentIsRefusedDeploymentAndNothingIsDeployed() {
        ResponseEntity<String> response = deployAs("agent", "modeler-probe-agent");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(JsonPath.<String>read(response.getBody(), "$.message")).contains("cvm-managers");
        assertThat(repositoryService.createDeploymentQuery().deploymentName("modeler-probe-agent").count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("modeler-probe-agent").count()).isZero();
    }

    @Test
    void agentSeesTheCallCenterTaskButNotTheCxTeamsTask() {
        ProcessInstance journey = startCancellationJourney("CUST-004100");
        Task callCenterTask = taskService.createTaskQuery().processInstanceId(journey.getId()).singleResult();
        Task cxTask = cxTask();

        String agentsTasks = as("agent").get().uri("/engine-rest/task?maxResults=200").retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(agentsTasks, "$[*].id"))
                .contains(callCenterTask.getId())
                .doesNotContain(cxTask.getId());
        assertThat(as("agent").get().uri("/engine-rest/task/{id}", cxTask.getId()).retrieve().toEntity(String.class)
                .getStatusCode().is2xxSuccessful()).isFalse();
        ResponseEntity<String> completion = as("agent").post().uri("/engine-rest/task/{id}/complete", cxTask.getId())
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(String.class);
        assertThat(completion.getStatusCode().is4xxClientError()).as(completion.toString()).isTrue();
        assertThat(taskService.createTaskQuery().taskId(cxTask.getId()).count()).isEqualTo(1);

        assertThat(as("cx").get().uri("/engine-rest/task/{id}", cxTask.getId()).retrieve().toEntity(String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void adminSeesEverythingTheEngineHoldsOverRest() {
        Incident incident = probeIncident(startCancellationJourney("CUST-004101"));
        cxTask();

        engineTotals().forEach((path, total) -> {
            assertThat(total).as("engine holds %s", path).isPositive();
            assertThat(count(as("admin"), "/engine-rest/" + path)).as(path).isEqualTo(total);
        });
        String incidents = as("admin").get().uri("/engine-rest/incident?maxResults=2000").retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(incidents, "$[*].id")).contains(incident.getId());
    }

    @Test
    void adminWorksAnotherTeamsTaskOverRest() {
        Task cxTask = cxTask();
        RestClient admin = as("admin");

        assertThat(post(admin, "/engine-rest/task/{id}/claim", "{\"userId\": \"admin\"}", cxTask.getId()))
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(put(admin, "/engine-rest/task/{id}/variables/reviewNote", "{\"value\": \"refund agreed\", \"type\": \"String\"}",
                cxTask.getId())).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.getVariable(cxTask.getId(), "reviewNote")).isEqualTo("refund agreed");
        assertThat(post(admin, "/engine-rest/task/{id}/complete", "{}", cxTask.getId())).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(cxTask.getId()).singleResult())
                .extracting(HistoricTaskInstance::getAssignee, HistoricTaskInstance::getDeleteReason)
                .containsExactly("admin", "completed");
    }

    @Test
    void adminSuspendsAnyJourneyAndResolvesItsIncidentOverRestWhereAnAgentIsRefused() {
        ProcessInstance journey = startCancellationJourney("CUST-004102");
        Incident incident = probeIncident(journey);
        String suspend = "{\"suspended\": true}";
        String activate = "{\"suspended\": false}";

        assertThat(put(as("agent"), "/engine-rest/process-instance/{id}/suspended", suspend, journey.getId()))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(isSuspended(journey)).isFalse();
        assertThat(put(as("admin"), "/engine-rest/process-instance/{id}/suspended", suspend, journey.getId()))
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(isSuspended(journey)).isTrue();
        assertThat(put(as("admin"), "/engine-rest/process-instance/{id}/suspended", activate, journey.getId()))
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(isSuspended(journey)).isFalse();

        assertThat(delete(as("agent"), "/engine-rest/incident/{id}", incident.getId())).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delete(as("admin"), "/engine-rest/incident/{id}", incident.getId())).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).count()).isZero();
    }

    @Test
    void adminSeesAndSteersEverythingInCockpitAndAdmin() {
        ProcessInstance journey = startCancellationJourney("CUST-004103");
        probeIncident(journey);
        RestClient browser = TestHttp.browser(port);
        TestHttp.signIn(browser, "admin", DemoUsers.DEMO_PASSWORD);

        ResponseEntity<String> cockpit = browser.get().uri("/camunda/app/cockpit/default/").retrieve().toEntity(String.class);
        assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
        String webappUser = browser.get().uri("/camunda/api/admin/auth/user/default").retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(webappUser, "$.authorizedApps")).contains("cockpit", "tasklist", "admin");
        engineTotals().forEach((path, total) ->
                assertThat(count(browser, COCKPIT_ENGINE_API + "/" + path)).as(path).isEqualTo(total));
        assertThat(count(browser, "/camunda/api/cockpit/plugin/base/default/incident/count"))
                .isEqualTo(runtimeService.createIncidentQuery().count());

        // As Cockpit's "Suspend" does: with the webapps' own CSRF token.
        ResponseEntity<String> suspension = browser.put()
                .uri(COCKPIT_ENGINE_API + "/process-instance/{id}/suspended", journey.getId())
                .header("X-XSRF-TOKEN", TestHttp.webappCsrfToken(cockpit))
                .contentType(MediaType.APPLICATION_JSON).body("{\"suspended\": true}")
                .retrieve().toEntity(String.class);
        assertThat(suspension.getStatusCode()).as(suspension.toString()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(isSuspended(journey)).isTrue();
    }

    @Test
    void teamsSeeOnlyTheirShareOverRestAndInTheWebapps() {
        probeIncident(startCancellationJourney("CUST-004104"));
        cxTask();
        RestClient agentsBrowser = TestHttp.browser(port);
        TestHttp.signIn(agentsBrowser, "agent", DemoUsers.DEMO_PASSWORD);
        agentsBrowser.get().uri("/camunda/app/tasklist/default/").retrieve().toBodilessEntity();

        Map.of("/engine-rest", as("agent"), COCKPIT_ENGINE_API, agentsBrowser).forEach((api, agent) -> {
            assertThat(count(agent, api + "/process-instance/count")).as(api).isZero();
            assertThat(count(agent, api + "/history/process-instance/count")).as(api).isZero();
            assertThat(count(agent, api + "/incident/count")).as(api).isZero();
            assertThat(count(agent, api + "/task/count")).as(api).isLessThan(taskService.createTaskQuery().count());
        });
        // Managers steer every journey but not who may do what: they see themselves only.
        for (String user : List.of("agent", "manager")) {
            assertThat(count(as(user), "/engine-rest/user/count")).as(user).isEqualTo(1);
            assertThat(count(as(user), "/engine-rest/group/count")).as(user).isEqualTo(1);
            assertThat(count(as(user), "/engine-rest/authorization/count")).as(user).isZero();
        }
    }

    @Test
    void oneSignInOpensTheWorkspaceAndTheCamundaWebapps() {
        RestClient browser = TestHttp.browser(port);

        ResponseEntity<String> login = TestHttp.signIn(browser, "agent", "demo");
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(login.getHeaders().getLocation()).hasPath("/");

        assertThat(browser.get().uri("/").retrieve().body(String.class)).contains("Welcome, <span>agent</span>");
        // As a browser does: the Tasklist page first, then its API calls, all in the one session.
        assertThat(browser.get().uri("/camunda/app/tasklist/default/").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> webappUserResponse = browser.get().uri("/camunda/api/admin/auth/user/default").retrieve().toEntity(String.class);
        String webappUser = webappUserResponse.getBody();
        assertThat(webappUserResponse.getStatusCode()).as(webappUserResponse.toString()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(webappUser, "$.userId")).isEqualTo("agent");
        assertThat(JsonPath.<List<String>>read(webappUser, "$.authorizedApps")).contains("tasklist").doesNotContain("cockpit", "admin");
    }

    @Test
    void wrongPasswordInTheLoginFormShowsTheLoginPageAgain() {
        ResponseEntity<String> login = TestHttp.signIn(TestHttp.browser(port), "store", "wrong");

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(login.getHeaders().getLocation().toString()).endsWith("/login?error");
    }

    @Test
    void camundaWebappLogoutEndsTheSharedSession() {
        RestClient browser = TestHttp.browser(port);
        TestHttp.signIn(browser, "analyst", "demo");
        assertThat(browser.get().uri("/").retrieve().toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> logout = browser.post().uri("/camunda/api/admin/auth/user/default/logout")
                .retrieve().toEntity(String.class);

        assertThat(logout.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(browser.get().uri("/").accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.FOUND);
    }

    @Test
    void workspaceFormsRequireACsrfToken() {
        RestClient browser = TestHttp.browser(port);
        TestHttp.signIn(browser, "manager", "demo");

        ResponseEntity<String> logoutWithoutToken = browser.post().uri("/logout").retrieve().toEntity(String.class);

        assertThat(logoutWithoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A cancellation journey waiting at its call-center task. */
    private ProcessInstance startCancellationJourney(String customer) {
        return runtimeService.startProcessInstanceByKey(CancellationVariables.PROCESS_ID, customer, Map.of(
                JourneyStartVariables.CUSTOMER_ID, customer, JourneyStartVariables.CHANNEL, "CALL_CENTER",
                JourneyStartVariables.MOMENT_TYPE, "CANCELLATION_REQUEST", CancellationVariables.REASON, "PRICE"));
    }

    /** A task for the CX team only. */
    private Task cxTask() {
        Task task = taskService.newTask();
        task.setName(CX_TASK_NAME);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), Role.CX_TEAM.groupId());
        return task;
    }

    /** An incident at the journey's waiting task, as a failing step would raise one. */
    private Incident probeIncident(ProcessInstance journey) {
        String waitingAt = taskService.createTaskQuery().processInstanceId(journey.getId()).singleResult().getExecutionId();
        // With a configuration: the engine resolves incidents by type and configuration.
        return runtimeService.createIncident(PROBE_INCIDENT, waitingAt, journey.getId(), "Raised by the access-control tests");
    }

    private boolean isSuspended(ProcessInstance journey) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(journey.getId()).singleResult().isSuspended();
    }

    /** What the engine holds, counted without anyone's authorizations, by the REST path that counts it. */
    private Map<String, Long> engineTotals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("process-instance/count", runtimeService.createProcessInstanceQuery().count());
        totals.put("task/count", taskService.createTaskQuery().count());
        totals.put("history/process-instance/count", historyService.createHistoricProcessInstanceQuery().count());
        totals.put("incident/count", runtimeService.createIncidentQuery().count());
        totals.put("user/count", identityService.createUserQuery().count());
        totals.put("group/count", identityService.createGroupQuery().count());
        totals.put("authorization/count", authorizationService.createAuthorizationQuery().count());
        return totals;
    }

    private static long count(RestClient client, String path) {
        ResponseEntity<String> response = client.get().uri(path).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return JsonPath.<Number>read(response.getBody(), "$.count").longValue();
    }

    private static HttpStatusCode post(RestClient client, String uri, String json, Object... uriVariables) {
        return client.post().uri(uri, uriVariables).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toBodilessEntity().getStatusCode();
    }

    private static HttpStatusCode put(RestClient client, String uri, String json, Object... uriVariables) {
        return client.put().uri(uri, uriVariables).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toBodilessEntity().getStatusCode();
    }

    private static HttpStatusCode delete(RestClient client, String uri, Object... uriVariables) {
        return client.delete().uri(uri, uriVariables).retrieve().toBodilessEntity().getStatusCode();
    }

    private ResponseEntity<String> deployAs(String user, String processId) {
        return TestHttp.deployAsModeler(as(user), processId, Map.of(processId + ".bpmn", PROBE_PROCESS.formatted(processId)));
    }

    private RestClient rest() {
        return TestHttp.client(port);
    }

    private RestClient as(String user) {
        return TestHttp.client(port).mutate()
                .defaultHeaders(headers -> headers.setBasicAuth(user, DemoUsers.DEMO_PASSWORD)).build();
    }
}
