package io.cvmjourneys.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.DecisionTables;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The models page as a CVM manager uses it: which versions are live and still running, what a
 * Modeler edit changed in a decision table, a replay of a candidate that deploys nothing, and the
 * actions of the catalog, paused and resumed with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class ModelsPageTest {

    private static final String TABLE_KEY = "nextBestActionCandidates";
    private static final Path TABLE = Path.of("dmn/next-best-action-candidates.dmn");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe" targetNamespace="http://cvmjourneys.io/test">
              <bpmn:process id="models-probe" name="Models probe" isExecutable="true" camunda:historyTimeToLive="P1D" camunda:versionTag="%s">
                <bpmn:startEvent id="StartEvent_Probe" />
                <bpmn:sequenceFlow id="SequenceFlow_ToWait" sourceRef="StartEvent_Probe" targetRef="Task_Wait" />
                <bpmn:receiveTask id="Task_Wait" name="Wait" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    /** Two journeys on v1 of the probe and one on v2; the candidate table's v2 raises the data add-on. */
    @BeforeEach
    void twoVersionsOfEach() throws IOException {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("models-probe").count() > 0) {
            return;
        }
        deployProbe("1.0");
        runtimeService.startProcessInstanceByKey("models-probe");
        runtimeService.startProcessInstanceByKey("models-probe");
        deployProbe("1.1");
        runtimeService.startProcessInstanceByKey("models-probe");
        repositoryService.createDeployment().name("Raise the data add-on").source("Camunda Modeler")
                .addString("next-best-action-candidates.dmn", Files.readString(TABLE).replaceFirst(DecisionTableDiffTest.SELL_EXTRA_DATA_PROPENSITY, "$10.55$2"))
                .deploy();
    }

    @Test
    void aManagerSeesTheLiveVersionsAndWhichVersionsStillRunJourneys() {
        String page = TestHttp.signedIn(port, "manager").get().uri("/models").retrieve().body(String.class);

        assertThat(rowOf(page, "journey-models-probe")).contains("<td>2</td>", "<td>1.1</td>", "v2: 1, v1: 2");
        assertThat(rowOf(page, "table-" + TABLE_KEY)).contains("<td>2</td>", "Raise the data add-on", "Camunda Modeler",
                "/models/decisions/nextBestActionCandidates/diff", "replay a candidate");
        assertThat(rowOf(page, "journey-cancellation-winback")).contains("<td>1</td>", "v1: ");

        String json = api("manager").get().uri("/api/models").retrieve().body(String.class);
        assertThat(JsonPath.<List<Integer>>read(json, "$.journeys[?(@.key == 'models-probe')].versions[*].running"))
                .containsExactly(1, 2);
        assertThat(JsonPath.<List<String>>read(json, "$.decisionTables[?(@.key == '" + TABLE_KEY + "')].origin.source"))
                .containsExactly("Camunda Modeler");
    }

    @Test
    void aManagerSeesEachChangedCellBetweenTwoVersions() throws IOException {
        int rules = DecisionTables.ruleIds("dmn/next-best-action-candidates.dmn").size();
        String page = TestHttp.signedIn(port, "manager").get().uri("/models/decisions/" + TABLE_KEY + "/diff?from=1&to=2")
                .retrieve().body(String.class);

        assertThat(page).contains("<strong>0</strong> rules added", "<strong>1</strong> changed", "<strong>" + (rules - 1) + "</strong> unchanged")
                .contains("<td rowspan=\"1\">Rule_SellExtraData</td>", "<td>Base propensity (0-1)</td><td>0.4</td><td>0.55</td>");

        String json = api("manager").get().uri("/api/models/decisions/" + TABLE_KEY + "/diff").retrieve().body(String.class);
        assertThat(JsonPath.<Integer>read(json, "$.from")).isEqualTo(1);
        assertThat(JsonPath.<String>read(json, "$.rulesChanged[0].cells[0].after")).isEqualTo("0.55");
    }

    @Test
    void anUnknownTableOrVersionIsNotFound() {
        RestClient manager = TestHttp.signedIn(port, "manager");
        ResponseEntity<String> page = manager.get().uri("/models/decisions/noSuchTable/diff").retrieve().toEntity(String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("No decision table &#39;noSuchTable&#39; is deployed");

        ResponseEntity<String> json = api("manager").get().uri("/api/models/decisions/" + TABLE_KEY + "/diff?from=1&to=9")
                .retrieve().toEntity(String.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JsonPath.<String>read(json.getBody(), "$.message")).isEqualTo("Decision table 'nextBestActionCandidates' has no version 9");
    }

    @Test
    void aReplayShowsTheShiftsAndDeploysNothing() throws IOException {
        long deployments = repositoryService.createDeploymentQuery().count();
        RestClient manager = TestHttp.signedIn(port, "manager");
        String form = manager.get().uri("/models/replay").retrieve().body(String.class);

        ResponseEntity<String> page = manager.post().uri("/models/replay").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload(Files.readString(TABLE).replaceFirst(DecisionTableDiffTest.SELL_EXTRA_DATA_PROPENSITY, "$10.9$2"), csrf(form)))
                .retrieve().toEntity(String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Chosen actions, per action", "Chosen actions, per channel of the decision",
                "decisions change their top action", "not arbitrated", "Candidate: <span>candidate.dmn</span>");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);

        ResponseEntity<String> json = api("manager").post().uri("/api/models/replay?days=7")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(upload(Files.readString(TABLE), null))
                .retrieve().toEntity(String.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<Integer>read(json.getBody(), "$.days")).isEqualTo(7);
        assertThat(JsonPath.<Integer>read(json.getBody(), "$.liveVersion")).isEqualTo(2);
    }

    @Test
    void anUnparseableUploadIsABadRequestThatSaysWhereTheFileBreaks() throws IOException {
        String cutShort = Files.readString(TABLE).substring(0, 500);

        ResponseEntity<String> json = api("manager").post().uri("/api/models/replay").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload(cutShort, null)).retrieve().toEntity(String.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(json.getBody(), "$.message")).startsWith("The candidate table cannot be read:"
                + " the file is not a complete, valid DMN file (line ").endsWith("Open it in Camunda Modeler, fix it, save it and upload it again.")
                .doesNotContain("org.", "Exception", "Unable to parse model");

        RestClient manager = TestHttp.signedIn(port, "manager");
        String form = manager.get().uri("/models/replay").retrieve().body(String.class);
        ResponseEntity<String> page = manager.post().uri("/models/replay").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload(cutShort, csrf(form))).retrieve().toEntity(String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("The candidate table cannot be read");
    }

    @Test
    void agentsAreRefusedAndAnalystsMayReadButNotReplay() {
        RestClient agent = TestHttp.signedIn(port, "agent");
        for (String uri : List.of("/models", "/models/decisions/" + TABLE_KEY + "/diff", "/models/replay")) {
            assertThat(agent.get().uri(uri).retrieve().toEntity(String.class).getStatusCode()).as(uri).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(api("agent").get().uri("/api/models").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("agent").get().uri("/api/models/decisions/" + TABLE_KEY + "/diff").retrieve().toEntity(String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("agent").post().uri("/api/models/replay").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("<definitions/>", null)).retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        RestClient analyst = TestHttp.signedIn(port, "analyst");
        assertThat(analyst.get().uri("/models").retrieve().toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(analyst.get().uri("/models/decisions/" + TABLE_KEY + "/diff").retrieve().toEntity(String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(analyst.get().uri("/models/replay").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("analyst").post().uri("/api/models/replay").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("<definitions/>", null)).retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void everyActionIsListedByNameWithItsProgramKindAndState() {
        String page = TestHttp.signedIn(port, "manager").get().uri("/models").retrieve().body(String.class);

        assertThat(rowOf(page, "action-RETENTION_DISCOUNT_10")).contains("10% off for 12 months", "Cancellation &amp; winback",
                "<td>Offer</td>", "Live", "never", "/models/actions/RETENTION_DISCOUNT_10/pause", ">Pause</button>");
        assertThat(rowOf(page, "action-DUNNING_REMINDER")).contains("Payment reminder for the overdue invoice",
                "Payments collection", "<td>Notice</td>");
        assertThat(Pattern.compile("id=\"action-").matcher(page).results().count())
                .as("one row per action of the catalog").isEqualTo(catalogSize());
    }

    @Test
    void aManagerPausesAnActionWithAReasonAndResumesIt() {
        RestClient manager = TestHttp.signedIn(port, "manager");
        TestClock.pin(Instant.parse("2026-09-01T08:56:00Z"));

        ResponseEntity<String> paused = changeAction(manager, "USAGE_TIP", "pause", "Customers find the tip patronising");

        assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(paused.getHeaders().getLocation().toString()).endsWith("/models#actions");
        String page = manager.get().uri("/models").retrieve().body(String.class);
        assertThat(page).contains("Paused: Tip: how to keep track of data usage in the app.");
        // summer time in London: the operator's zone, not UTC
        assertThat(rowOf(page, "action-USAGE_TIP")).contains("class=\"badge\">Paused", "Paused</span>", "<strong>manager</strong>",
                ">1 Sept 2026, 09:56</time>", "Customers find the tip patronising", "/models/actions/USAGE_TIP/resume", ">Resume</button>");
        assertThat(JsonPath.<List<Boolean>>read(api("agent").get().uri("/api/actions").retrieve().body(String.class),
                "$[?(@.id == 'USAGE_TIP')].paused")).containsExactly(true);

        TestClock.pin(Instant.parse("2026-09-02T13:05:00Z"));
        changeAction(manager, "USAGE_TIP", "resume", "Reworded the tip");

        page = manager.get().uri("/models").retrieve().body(String.class);
        assertThat(page).contains("Resumed: Tip: how to keep track of data usage in the app.");
        assertThat(rowOf(page, "action-USAGE_TIP")).contains("Live", "Resumed</span>", ">2 Sept 2026, 14:05</time>",
                "Reworded the tip", ">Pause</button>").doesNotContain("class=\"badge\"");
    }

    @Test
    void withoutAReasonOrForAnUnknownActionNothingChangesAndThePageSaysWhy() {
        RestClient manager = TestHttp.signedIn(port, "manager");

        changeAction(manager, "LOYALTY_REWARD", "pause", "   ");
        String page = manager.get().uri("/models").retrieve().body(String.class);
        assertThat(page).contains("Say why you pause \u201cLoyalty reward: a free month of streaming\u201d: the reason is kept"
                + " with the action for whoever looks at it next. Nothing changed.");
        assertThat(rowOf(page, "action-LOYALTY_REWARD")).contains("Live", "never");

        changeAction(manager, "LOYALTY_REWARD", "resume", "It was never paused");
        assertThat(manager.get().uri("/models").retrieve().body(String.class))
                .contains("\u201cLoyalty reward: a free month of streaming\u201d is live already: nothing changed.");

        ResponseEntity<String> unknown = changeAction(manager, "NO_SUCH_ACTION", "pause", "Typo in the URL");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(manager.get().uri("/models").retrieve().body(String.class))
                .contains("There is no action NO_SUCH_ACTION in the catalog. Nothing changed.");
    }

    @Test
    void aNoticeTheLawRequiresOffersNoPauseAndIsRefusedOnThePageAndOverTheApi() {
        RestClient manager = TestHttp.signedIn(port, "manager");
        String page = manager.get().uri("/models").retrieve().body(String.class);
        assertThat(rowOf(page, "action-DUNNING_REMINDER")).contains("Live", "Required by law or contract: always sent")
                .doesNotContain(">Pause</button>");

        changeAction(manager, "DUNNING_REMINDER", "pause", "Too many complaints about the tone");
        assertThat(manager.get().uri("/models").retrieve().body(String.class)).contains("\u201cPayment reminder for the"
                + " overdue invoice\u201d is a notice the law or the contract requires: it goes out whatever the decisions"
                + " say, so it cannot be paused. Nothing changed.");

        ResponseEntity<String> overTheApi = api("manager").put().uri("/api/actions/DUNNING_REMINDER/paused")
                .contentType(MediaType.APPLICATION_JSON).body("{\"paused\": true, \"reason\": \"Too many complaints\"}")
                .retrieve().toEntity(String.class);
        assertThat(overTheApi.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(overTheApi.getBody()).contains("cannot be paused");
        assertThat(JsonPath.<List<Boolean>>read(api("manager").get().uri("/api/actions").retrieve().body(String.class),
                "$[?(@.id == 'DUNNING_REMINDER')].paused")).containsExactly(false);
    }

    @Test
    void analystsSeeTheActionsWithoutButtonsAndAgentsNotAtAll() {
        RestClient analyst = TestHttp.signedIn(port, "analyst");
        String page = analyst.get().uri("/models").retrieve().body(String.class);
        assertThat(rowOf(page, "action-RETENTION_DISCOUNT_20")).contains("20% off for 12 months", "Live");
        assertThat(page).doesNotContain("/models/actions/", ">Pause</button>", ">Resume</button>");
        assertThat(changeAction(analyst, "RETENTION_DISCOUNT_20", "pause", "Not mine to pause").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        RestClient store = TestHttp.signedIn(port, "store");
        assertThat(store.get().uri("/models").retrieve().toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(changeAction(store, "RETENTION_DISCOUNT_20", "pause", "Not mine to pause").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(JsonPath.<List<Boolean>>read(api("manager").get().uri("/api/actions").retrieve().body(String.class),
                "$[?(@.id == 'RETENTION_DISCOUNT_20')].paused")).containsExactly(false);
    }

    private void deployProbe(String versionTag) {
        repositoryService.createDeployment().name("models-probe " + versionTag)
                .addString("models-probe.bpmn", PROBE.formatted(versionTag)).deploy();
    }

    private RestClient api(String user) {
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }

    /** Presses Pause or Resume on the models page, with the session's CSRF token (any page of the session carries it). */
    private ResponseEntity<String> changeAction(RestClient browser, String actionId, String change, String reason) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reason", reason);
        form.add("_csrf", TestHttp.csrfToken(browser, "/customers"));
        return browser.post().uri("/models/actions/{id}/{change}", actionId, change).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().toEntity(String.class);
    }

    private int catalogSize() {
        return JsonPath.<List<Object>>read(api("manager").get().uri("/api/actions").retrieve().body(String.class), "$").size();
    }

    private static MultiValueMap<String, Object> upload(String dmn, String csrf) {
        MultiValueMap<String, Object> multipart = new LinkedMultiValueMap<>();
        multipart.add("file", new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "candidate.dmn";
            }
        });
        if (csrf != null) {
            multipart.add("_csrf", csrf);
        }
        return multipart;
    }

    private static String csrf(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("the form carries a CSRF token").isTrue();
        return field.group(1);
    }

    private static String rowOf(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
