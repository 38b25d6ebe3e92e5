package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestHttp;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Every state-changing call is checked against README's role table, for every team: a team allowed
 * an action gets the answer the request itself earns (a 4xx about its content here, so nothing
 * changes), a team not allowed gets 403; pages show the read-only analytics team no button to press.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class RoleLanesTest {

    private static final String CUSTOMER = "CUST-000321";

    @LocalServerPort
    int port;

    /** Allowed: 409 (nobody waits for that answer), 404 (no such decision, customer or action). Refused: 403. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // user  | moments | answers | device sightings | pause an action
            "manager | 409 | 404 | 404 | 404",
            "agent   | 409 | 404 | 403 | 403",
            "store   | 409 | 404 | 403 | 403",
            "cx      | 409 | 403 | 403 | 403",
            "channel | 409 | 404 | 404 | 403",
            "analyst | 403 | 403 | 403 | 403",
            "admin   | 409 | 404 | 404 | 404"})
    void eachTeamChangesOnlyWhatItsRoleAllowsOverTheApi(String user, int moments, int answers, int sightings, int pause) {
        RestClient api = TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();

        assertThat(post(api, "/api/moments", "{\"eventId\": \"lanes-" + user + "\", \"customerId\": \"" + CUSTOMER
                + "\", \"type\": \"OFFER_ANSWERED\", \"channel\": \"WEB\", \"data\": {\"answer\": \"ACCEPTED\"}}")
                .getStatusCode().value()).as("hand a moment to the intake").isEqualTo(moments);
        assertThat(post(api, "/api/decisions/no-such-decision/outcome", "{\"actionId\": \"LOYALTY_REWARD\", \"outcome\": \"ACCEPTED\"}")
                .getStatusCode().value()).as("record an answer").isEqualTo(answers);
        assertThat(post(api, "/api/devices/sightings", "{\"customerId\": \"CUST-999999\", \"deviceModel\": \"GALAXY_S25_ULTRA\"}")
                .getStatusCode().value()).as("report a device sighting").isEqualTo(sightings);
        assertThat(api.put().uri("/api/actions/NO_SUCH_ACTION/paused").contentType(MediaType.APPLICATION_JSON)
                .body("{\"paused\": true, \"reason\": \"Lanes\"}").retrieve().toEntity(String.class)
                .getStatusCode().value()).as("pause an action").isEqualTo(pause);
    }

    /** Allowed: 400 (no journey starts on that moment) and a redirect after the answer (no such decision). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "agent   | 400 | 302 | true  | true",
            "cx      | 400 | 403 | true  | false",
            "analyst | 403 | 403 | false | false"})
    void eachTeamSeesAndPressesOnlyTheButtonsItsRoleAllowsInTheWorkspace(String user, int start, int answer,
                                                                        boolean seesStart, boolean seesAnswers) {
        RestClient browser = TestHttp.signedIn(port, user);
        String page = browser.get().uri("/customers/{id}", CUSTOMER).retrieve().body(String.class);
        assertThat(page.contains("id=\"start-heading\"")).as("start a journey").isEqualTo(seesStart);
        assertThat(page.contains("name=\"outcome\" value=\"ACCEPTED\"")).as("record an answer").isEqualTo(seesAnswers);

        String csrf = TestHttp.csrfToken(browser, "/customers/" + CUSTOMER);
        assertThat(submit(browser, "/customers/" + CUSTOMER + "/journeys", Map.of("_csrf", csrf, "type", "DIGITAL_VISIT",
                "eventId", "lanes-page-" + user)).getStatusCode().value()).isEqualTo(start);
        assertThat(submit(browser, "/decisions/no-such-decision/outcome", Map.of("_csrf", csrf, "actionId", "LOYALTY_REWARD",
                "outcome", "ACCEPTED", "customerId", CUSTOMER)).getStatusCode().value()).isEqualTo(answer);
    }

    /** Allowed: the page lists the actions with buttons, and a press comes back to it (no such action). Refused: 403. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // user  | models page | sees Pause | pause | resume
            "manager | 200 | true  | 302 | 302",
            "admin   | 200 | true  | 302 | 302",
            "analyst | 200 | false | 403 | 403",
            "agent   | 403 | false | 403 | 403",
            "store   | 403 | false | 403 | 403",
            "cx      | 403 | false | 403 | 403",
            "channel | 403 | false | 403 | 403"})
    void eachTeamSeesAndPressesOnlyTheActionButtonsItsRoleAllowsOnTheModelsPage(String user, int page, boolean seesPause,
                                                                               int pause, int resume) {
        RestClient browser = TestHttp.signedIn(port, user);
        ResponseEntity<String> models = browser.get().uri("/models").retrieve().toEntity(String.class);
        assertThat(models.getStatusCode().value()).isEqualTo(page);
        assertThat(models.getBody() != null && models.getBody().contains(">Pause</button>")).as("pause button").isEqualTo(seesPause);

        String csrf = TestHttp.csrfToken(browser, "/customers");
        assertThat(submit(browser, "/models/actions/NO_SUCH_ACTION/pause", Map.of("_csrf", csrf, "reason", "Lanes"))
                .getStatusCode().value()).as("pause an action").isEqualTo(pause);
        assertThat(submit(browser, "/models/actions/NO_SUCH_ACTION/resume", Map.of("_csrf", csrf, "reason", "Lanes"))
                .getStatusCode().value()).as("resume an action").isEqualTo(resume);
    }

    private static ResponseEntity<String> post(RestClient api, String uri, String json) {
        return api.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(String.class);
    }

    private static ResponseEntity<String> submit(RestClient browser, String uri, Map<String, String> fields) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return browser.post().uri(uri).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().toEntity(String.class);
    }
}
