package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.journeys.cancellation.CancellationVariables;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.testsupport.TestHttp;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * One identity, checked everywhere: who may call the REST APIs, deploy models, see which tasks,
 * and sign in once for the workspace and the Camunda webapps. Runs on H2 and on PostgreSQL.
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

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @AfterEach
    void removeTestTasks() {
        taskService.createTaskQuery().taskName("Review complaint by hand").list()
                .forEach(task -> taskService.deleteTask(task.getId(), true));
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
        String customer = "CUST-004100";
        runtimeService.startProcessInstanceByKey(CancellationVariables.PROCESS_ID, customer, Map.of(
                JourneyStartVariables.CUSTOMER_ID, customer, JourneyStartVariables.CHANNEL, "CALL_CENTER",
                JourneyStartVariables.MOMENT_TYPE, "CANCELLATION_REQUEST"));
        Task callCenterTask = taskService.createTaskQuery().processInstanceBusinessKey(customer).singleResult();
        Task cxTask = taskService.newTask();
        cxTask.setName("Review complaint by hand");
        taskService.saveTask(cxTask);
        taskService.addCandidateGroup(cxTask.getId(), Role.CX_TEAM.groupId());

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
