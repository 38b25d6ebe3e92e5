package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Who may reach what: every demo user and an anonymous caller against every group of endpoints, by
 * real HTTP requests, compared with the table below (README's role table, spelled out). A probe that
 * writes sends something the endpoint refuses on its content (an unknown action, a broken model, a
 * form missing its fields), so an allowed caller gets a 4xx about the content and nothing changes,
 * and a refused one gets 401 or 403. Prints the matrix it found.
 * <p>
 * How a probe calls: {@code api} with HTTP Basic, as a channel system or Camunda Modeler does;
 * {@code page} and {@code form} in a session signed in through the login form, as a browser does
 * (a form with the session's CSRF token); {@code webapp} asks Camunda's webapps which applications
 * the signed-in user may open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // the metrics endpoint is one of the probes
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class AuthorizationMatrixTest {

    static final List<String> CALLERS = List.of("anonymous", "manager", "agent", "store", "cx", "channel", "analyst", "admin");

    /** allow / deny per caller, in the order of {@link #CALLERS}. */
    static final String MATRIX = """
            workspace home                  | page   GET  /                                         | deny  allow allow allow allow allow allow allow
            task queue                      | page   GET  /tasks                                    | deny  allow allow allow allow allow allow allow
            a call-center task's page       | page   GET  /tasks/{task}                             | deny  allow allow deny  deny  deny  deny  allow
            complete a call-center task     | form   POST /tasks/{task}                             | deny  deny  allow deny  deny  deny  deny  allow
            customer page                   | page   GET  /customers/{customer}                     | deny  allow allow allow allow allow allow allow
            start a journey from the page   | form   POST /customers/{customer}/journeys            | deny  allow allow allow allow allow deny  allow
            KPI dashboard                   | page   GET  /kpi                                      | deny  allow deny  deny  deny  deny  allow allow
            management scorecard            | page   GET  /kpi/scorecard                            | deny  allow deny  deny  deny  deny  allow allow
            program definitions             | page   GET  /programs                                 | deny  allow deny  deny  deny  deny  allow allow
            define a program on the page    | form   POST /programs                                 | deny  allow deny  deny  deny  deny  deny  allow
            programs over the API           | api    GET  /api/programs                             | deny  allow deny  deny  deny  deny  allow allow
            define a program over the API   | api    POST /api/programs                             | deny  allow deny  deny  deny  deny  deny  allow
            move a program over the API     | api    POST /api/programs/no-such-program/status      | deny  allow deny  deny  deny  deny  deny  allow
            campaigns page                  | page   GET  /campaigns                                | deny  allow deny  deny  deny  deny  allow allow
            prepare a campaign on the page  | form   POST /campaigns                                | deny  allow deny  deny  deny  deny  deny  allow
            campaigns over the API          | api    GET  /api/campaigns                            | deny  allow deny  deny  deny  deny  allow allow
            prepare a campaign over the API | api    POST /api/campaigns                            | deny  allow deny  deny  deny  deny  deny  allow
            stop a campaign over the API    | api    POST /api/campaigns/999999/stop                | deny  allow deny  deny  deny  deny  deny  allow
            levers page                     | page   GET  /levers                                   | deny  allow deny  deny  deny  deny  allow allow
            change levers on the page       | form   POST /levers                                   | deny  allow deny  deny  deny  deny  deny  allow
            levers over the API             | api    GET  /api/levers                               | deny  allow deny  deny  deny  deny  allow allow
            change levers over the API      | api    POST /api/levers                               | deny  allow deny  deny  deny  deny  deny  allow
            change a business case          | form   POST /kpi/programs/no-such-program/business-case | deny  allow deny  deny  deny  deny  deny  allow
            CX dashboard                    | page   GET  /cx/dashboard                             | deny  allow deny  deny  allow deny  deny  allow
            models page                     | page   GET  /models                                   | deny  allow deny  deny  deny  deny  allow allow
            pause an action on the page     | form   POST /models/actions/NO_SUCH_ACTION/pause      | deny  allow deny  deny  deny  deny  deny  allow
            replay page                     | page   GET  /models/replay                            | deny  allow deny  deny  deny  deny  deny  allow
            learned propensities page       | page   GET  /propensities                             | deny  allow deny  deny  deny  deny  allow allow
            ask for a learning on the page  | form   POST /propensities/learning                    | deny  allow deny  deny  deny  deny  allow allow
            learned propensities, API       | api    GET  /api/propensities                         | deny  allow deny  deny  deny  deny  allow allow
            ask for a learning, API         | api    POST /api/propensities/learning                | deny  allow deny  deny  deny  deny  allow allow
            changes page                    | page   GET  /changes                                  | deny  allow deny  deny  deny  allow allow allow
            propose a change on the page    | form   POST /changes                                  | deny  allow deny  deny  deny  deny  deny  allow
            override a change on the page   | form   POST /changes/999999/override                  | deny  allow deny  deny  deny  deny  deny  allow
            propose an action on the page   | form   POST /changes/actions                          | deny  allow deny  deny  deny  deny  deny  allow
            changes, API                    | api    GET  /api/changes                              | deny  allow deny  deny  deny  allow allow allow
            propose a change, API           | api    POST /api/changes                              | deny  allow deny  deny  deny  deny  deny  allow
            override a change, API          | api    POST /api/changes/999999/override              | deny  allow deny  deny  deny  deny  deny  allow
            customer over the API           | api    GET  /api/customers/{customer}                 | deny  allow allow allow allow allow allow allow
            next best actions               | api    GET  /api/customers/{customer}/next-best-actions?moment=STORE_VISIT&channel=STORE | deny  allow allow allow allow allow allow allow
            action catalog                  | api    GET  /api/actions                              | deny  allow allow allow allow allow allow allow
            pause an action over the API    | api    PUT  /api/actions/NO_SUCH_ACTION/paused        | deny  allow deny  deny  deny  deny  deny  allow
            hand a moment to the intake     | api    POST /api/moments                              | deny  allow allow allow allow allow deny  allow
            record an offer answer          | api    POST /api/decisions/no-such-decision/outcome   | deny  allow allow allow deny  allow deny  allow
            report a device sighting        | api    POST /api/devices/sightings                    | deny  allow deny  deny  deny  allow deny  allow
            models over the API             | api    GET  /api/models                               | deny  allow deny  deny  deny  deny  allow allow
            dead letters of the outbox      | api    GET  /api/outbox/dead-letters                  | deny  allow deny  deny  deny  allow deny  allow
            send a dead letter again        | api    POST /api/outbox/dead-letters/0/resend         | deny  deny  deny  deny  deny  allow deny  allow
            report a bounce or an opt-out   | api    POST /api/outbox/messages/0/reports            | deny  deny  deny  deny  deny  allow deny  allow
            a call-center task's variables  | api    GET  /engine-rest/task/{task}/variables        | deny  allow allow deny  deny  deny  deny  allow
            complete it over /engine-rest   | api    POST /engine-rest/task/{task}/complete         | deny  deny  allow deny  deny  deny  deny  allow
            a journey over /engine-rest     | api    GET  /engine-rest/process-instance/{journey}   | deny  allow deny  deny  deny  deny  allow allow
            deploy a model                  | api    POST /engine-rest/deployment/create            | deny  allow deny  deny  deny  deny  deny  allow
            users and groups                | api    GET  /engine-rest/authorization/count          | deny  allow allow allow allow allow allow allow
            Tasklist                        | webapp GET  tasklist                                  | deny  allow allow allow allow allow allow allow
            Cockpit                         | webapp GET  cockpit                                   | deny  allow deny  deny  deny  deny  allow allow
            Camunda Admin                   | webapp GET  admin                                     | deny  deny  deny  deny  deny  deny  deny  allow
            health                          | api    GET  /actuator/health                          | allow allow allow allow allow allow allow allow
            metrics                         | api    GET  /actuator/prometheus                      | deny  deny  deny  deny  deny  deny  deny  allow
            """;

    /** What each writing probe sends: refused on its content, so nothing changes when it is allowed. */
    static final Map<String, String> FORMS = Map.of(
            "/customers/{customer}/journeys", "type=DIGITAL_VISIT&eventId=matrix",
            "/kpi/programs/no-such-program/business-case", "benefitPerSuccess=1&costPerJourney=1",
            "/models/actions/NO_SUCH_ACTION/pause", "reason=Matrix",
            "/programs", "id=Not+a+key&reason=Matrix",
            "/levers", "quietFrom=&reason=Matrix",
            "/campaigns", "name=&reason=Matrix",
            "/propensities/learning", "reason=",
            "/changes", "kind=PROGRAM_STOP&subject=no-such-program&reason=Matrix",
            "/changes/999999/override", "reason=Matrix",
            "/changes/actions", "subject=not+an+id&reason=Matrix");
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("/api/actions/NO_SUCH_ACTION/paused", "{\"paused\": true, \"reason\": \"Matrix\"}"),
            Map.entry("/api/moments", "{\"eventId\": \"matrix\", \"customerId\": \"CUST-000321\", \"type\": \"OFFER_ANSWERED\","
                    + " \"channel\": \"WEB\", \"data\": {\"answer\": \"ACCEPTED\"}}"),
            Map.entry("/api/decisions/no-such-decision/outcome", "{\"actionId\": \"LOYALTY_REWARD\", \"outcome\": \"ACCEPTED\"}"),
            Map.entry("/api/outbox/messages/0/reports", "{\"outcome\": \"BOUNCED\"}"),
            Map.entry("/api/devices/sightings", "{\"customerId\": \"CUST-999999\", \"deviceModel\": \"GALAXY_S25_ULTRA\"}"),
            Map.entry("/api/programs", "{\"id\": \"matrix-probe\", \"reason\": \"Matrix\"}"),
            Map.entry("/api/levers", "{\"levers\": {\"quietFrom\": null}, \"reason\": \"Matrix\"}"),
            Map.entry("/api/programs/no-such-program/status", "{\"version\": 1, \"status\": \"LIVE\", \"reason\": \"Matrix\"}"),
            Map.entry("/api/campaigns", "{\"name\": \"\", \"reason\": \"Matrix\"}"),
            Map.entry("/api/campaigns/999999/stop", "{\"reason\": \"Matrix\"}"),
            Map.entry("/engine-rest/task/{task}/complete", "{\"variables\": {\"offerResponse\": {\"value\": \"NOT_AN_ANSWER\"}}}"),
            Map.entry("/api/propensities/learning", "{\"reason\": \"\"}"),
            Map.entry("/api/changes", "{\"kind\": \"PROGRAM_STOP\", \"subject\": \"no-such-program\", \"reason\": \"Matrix\"}"),
            Map.entry("/api/changes/999999/override", "{\"reason\": \"Matrix\"}"));

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void eachCallerReachesExactlyWhatItsRoleAllows() {
        String journey = runtimeService.startProcessInstanceByKey("cancellation-winback", "CUST-004401", Map.of(
                "customerId", "CUST-004401", "channel", "CALL_CENTER", "momentType", "CANCELLATION_REQUEST",
                "reason", "PRICE")).getId();
        Map<String, String> placeholders = Map.of("{task}",
                taskService.createTaskQuery().processInstanceId(journey).singleResult().getId(), "{journey}", journey,
                "{customer}", "CUST-000321");
        Map<String, Caller> callers = new LinkedHashMap<>();
        CALLERS.forEach(name -> callers.put(name, new Caller(name)));

        List<String> report = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        report.add(String.format("%-32s %s", "", String.join(" ", CALLERS.stream().map(name -> "%-9s".formatted(name)).toList())));
        for (String line : MATRIX.strip().split("\n")) {
            String[] columns = line.split("\\|");
            String probe = columns[0].strip();
            String[] call = columns[1].strip().split("\\s+");
            String[] expected = columns[2].strip().split("\\s+");
            StringBuilder row = new StringBuilder(String.format("%-32s", probe));
            for (int i = 0; i < CALLERS.size(); i++) {
                Caller caller = callers.get(CALLERS.get(i));
                String path = call[2];
                String answer = caller.reach(call[0], HttpMethod.valueOf(call[1]), path, placeholders);
                String found = answer.startsWith("allow") ? "allow" : answer.startsWith("deny") ? "deny" : answer;
                boolean held = found.equals(expected[i]);
                row.append(String.format(" %-9s", (held ? "" : "✗") + found));
                if (!held) {
                    mismatches.add(probe + " as " + caller.name + ": expected " + expected[i] + ", got " + answer);
                }
            }
            report.add(row.toString());
        }
        System.out.println("Authorization matrix (✗ where it differs from the table):\n" + String.join("\n", report));
        assertThat(mismatches).as("callers reaching what the table says they may not, or refused what it allows").isEmpty();
    }

    @Test
    void aCallerWithoutTheRightIsRefusedBeforeWhatItSentIsRead() {
        Caller manager = new Caller("manager");
        Caller analyst = new Caller("analyst");
        Caller agent = new Caller("agent");
        String notANumber = "benefitPerSuccess=lots&costPerJourney=1";
        String unknownChannel = "{\"name\": \"x\", \"channels\": [\"FAX\"]}";
        String brokenJson = "{\"id\": ";

        assertThat(status(manager.submit("/kpi/programs/cancellation-winback/business-case", notANumber))).isEqualTo(400);
        assertThat(status(analyst.submit("/kpi/programs/cancellation-winback/business-case", notANumber))).isEqualTo(403);
        assertThat(status(manager.send(manager.api, HttpMethod.POST, "/api/campaigns", unknownChannel))).isEqualTo(400);
        assertThat(status(analyst.send(analyst.api, HttpMethod.POST, "/api/campaigns", unknownChannel))).isEqualTo(403);
        assertThat(status(manager.send(manager.api, HttpMethod.POST, "/api/programs", brokenJson))).isEqualTo(400);
        assertThat(status(agent.send(agent.api, HttpMethod.POST, "/api/programs", brokenJson))).isEqualTo(403);
    }

    private static int status(ResponseEntity<String> answer) {
        return answer.getStatusCode().value();
    }

    /** One caller: an HTTP Basic client and a signed-in browser session (none for the anonymous caller). */
    private final class Caller {

        final String name;
        final RestClient api;
        final RestClient browser;

        Caller(String name) {
            this.name = name;
            boolean anonymous = name.equals("anonymous");
            this.api = anonymous ? TestHttp.client(port)
                    : TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(name, "demo")).build();
            this.browser = anonymous ? TestHttp.browser(port) : TestHttp.signedIn(port, name);
        }

        /** "allow …" or "deny …" with the status, or "error …" for an answer that is neither (a 5xx). */
        String reach(String how, HttpMethod method, String path, Map<String, String> placeholders) {
            String uri = path;
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                uri = uri.replace(placeholder.getKey(), placeholder.getValue());
            }
            return switch (how) {
                case "api" -> verdict(method, send(api, method, uri, BODIES.get(path)));
                case "page" -> verdict(method, browser.method(method).uri(uri).accept(MediaType.TEXT_HTML).retrieve()
                        .toEntity(String.class));
                case "form" -> verdict(method, submit(uri, FORMS.getOrDefault(path, "")));
                case "webapp" -> webapp(uri);
                default -> throw new IllegalArgumentException("Unknown kind of probe " + how);
            };
        }

        private ResponseEntity<String> send(RestClient client, HttpMethod method, String uri, String json) {
            if (uri.endsWith("/deployment/create")) {
                return TestHttp.deployAsModeler(client, "matrix", Map.of("matrix.bpmn", "<definitions>broken"));
            }
            RestClient.RequestBodySpec request = client.method(method).uri(uri);
            if (json != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(json);
            }
            return request.retrieve().toEntity(String.class);
        }

        /**
         * A form post with the session's CSRF token and the fields; a redirect is followed to the
         * page it leads to, whose alert tells a refusal (a task of another team) from a result.
         */
        private ResponseEntity<String> submit(String uri, String fields) {
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            if (!name.equals("anonymous")) {
                form.add("_csrf", TestHttp.csrfToken(browser, "/customers"));
            }
            for (String field : fields.split("&")) {
                if (!field.isEmpty()) {
                    form.add(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
                }
            }
            ResponseEntity<String> answer = browser.post().uri(uri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().toEntity(String.class);
            String location = String.valueOf(answer.getHeaders().getLocation());
            if (answer.getStatusCode().value() == 302 && !location.contains("/login")) {
                String page = browser.get().uri(location).retrieve().body(String.class);
                if (page != null && page.contains("belongs to another team")) {
                    return ResponseEntity.status(403).body(page);
                }
            }
            return answer;
        }

        private String webapp(String application) {
            if (name.equals("anonymous")) {
                return verdict(HttpMethod.GET, browser.get().uri("/camunda/api/admin/auth/user/default").retrieve()
                        .toEntity(String.class));
            }
            browser.get().uri("/camunda/app/tasklist/default/").retrieve().toBodilessEntity();
            String user = browser.get().uri("/camunda/api/admin/auth/user/default").retrieve().body(String.class);
            return JsonPath.<List<String>>read(user, "$.authorizedApps").contains(application) ? "allow" : "deny";
        }

        /**
         * A read is allowed when it gets what it asked for (2xx); anything else keeps it from the
         * caller (401, 403, a 404 for a journey it may not see, a redirect away from the page). A
         * write is refused with 401, 403 or a redirect to the login page; any other answer (a
         * redirect after the form, a 4xx about the request's content) means it was let in. A 5xx is
         * neither.
         */
        private static String verdict(HttpMethod method, ResponseEntity<String> answer) {
            int status = answer.getStatusCode().value();
            String location = String.valueOf(answer.getHeaders().getLocation());
            if (status >= 500) {
                return "error " + status;
            }
            if (method == HttpMethod.GET) {
                return (answer.getStatusCode().is2xxSuccessful() ? "allow " : "deny ") + status;
            }
            return (status == 401 || status == 403 || status == 302 && location.contains("/login") ? "deny " : "allow ")
                    + status;
        }
    }
}
