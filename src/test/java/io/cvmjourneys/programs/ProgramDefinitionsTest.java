package io.cvmjourneys.programs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * Programs as a CVM manager defines them, over the JSON API: a draft, a second manager's approval,
 * live; targets that need their date; a change on a version someone else changed meanwhile; and
 * every version kept with who, when and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class ProgramDefinitionsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCatalogueIsThereLiveWithItsKpisAndTheDemoTargets() {
        String programs = as("analyst").get().uri("/api/programs").retrieve().body(String.class);

        assertThat(JsonPath.<List<String>>read(programs, "$[*].id")).contains("cancellation-winback", "bill-payment",
                "delinquency-management", "loyalty", "referral", "roaming", "service");
        String cancellation = as("analyst").get().uri("/api/programs/cancellation-winback").retrieve().body(String.class);
        assertThat(JsonPath.<String>read(cancellation, "$.status")).isEqualTo("LIVE");
        assertThat(JsonPath.<String>read(cancellation, "$.owner")).isEqualTo("Head of retention");
        assertThat(JsonPath.<List<String>>read(cancellation, "$.kpis[*].measure")).containsExactly("Save rate", "Winback rate", "tNPS");
        assertThat(JsonPath.<Number>read(cancellation, "$.kpis[0].target").doubleValue()).isEqualTo(70.0);
        assertThat(JsonPath.<String>read(cancellation, "$.changedBy")).isEqualTo("manager");
        // the demo's manager drafted one that waits for a second manager
        assertThat(JsonPath.<String>read(as("analyst").get().uri("/api/programs/device-recycling").retrieve().body(String.class),
                "$.status")).isEqualTo("DRAFT");
    }

    @Test
    void aManagerDefinesAProgramASecondManagerApprovesItAndItGoesLive() {
        ResponseEntity<String> defined = post("manager", "/api/programs", definition("win-back-ex-customers",
                "\"kpis\": [{\"measure\": \"tNPS\", \"baseline\": -10, \"baselineOn\": \"2026-11-01\", \"target\": 20,"
                        + " \"targetBy\": \"2027-06-30\"}]"));
        assertThat(defined.getStatusCode()).as(defined.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(JsonPath.<String>read(defined.getBody(), "$.status")).isEqualTo("DRAFT");
        assertThat(JsonPath.<Integer>read(defined.getBody(), "$.version")).isEqualTo(1);

        Refusals.assertAnswered(move("manager", "win-back-ex-customers", 1, "APPROVED"), HttpStatus.CONFLICT, "status",
                "A second manager approves a program");
        Refusals.assertAnswered(move("manager", "win-back-ex-customers", 1, "LIVE"), HttpStatus.CONFLICT, "status",
                "it can go to");
        assertThat(move("admin", "win-back-ex-customers", 1, "APPROVED").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> live = move("manager", "win-back-ex-customers", 2, "LIVE");
        assertThat(live.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(live.getBody(), "$.status")).isEqualTo("LIVE");

        String history = as("analyst").get().uri("/api/programs/win-back-ex-customers/versions").retrieve().body(String.class);
        assertThat(JsonPath.<List<Integer>>read(history, "$[*].version")).containsExactly(3, 2, 1);
        assertThat(JsonPath.<List<String>>read(history, "$[*].status")).containsExactly("LIVE", "APPROVED", "DRAFT");
        assertThat(JsonPath.<List<String>>read(history, "$[*].changedBy")).containsExactly("manager", "admin", "manager");
        assertThat(JsonPath.<List<String>>read(history, "$[*].reason")).containsOnly("Because the board asked");
        assertThat(JsonPath.<List<Number>>read(history, "$[*].kpis[0].target")).map(Number::doubleValue).containsOnly(20.0);
    }

    @Test
    void badDefinitionsAreRefusedWithWhatToFixAndLeaveNothingBehind() {
        Refusals.assertAnswered(post("manager", "/api/programs", definition("needs-a-date",
                        "\"kpis\": [{\"measure\": \"tNPS\", \"baseline\": 0, \"target\": 20}]")),
                HttpStatus.BAD_REQUEST, "kpis", "a target needs the date to reach it by");
        Refusals.assertAnswered(post("manager", "/api/programs", definition("needs-a-baseline",
                        "\"kpis\": [{\"measure\": \"tNPS\", \"target\": 20, \"targetBy\": \"2027-06-30\"}]")),
                HttpStatus.BAD_REQUEST, "kpis", "the baseline it starts from");
        Refusals.assertAnswered(post("manager", "/api/programs", definition("unknown-measure",
                        "\"kpis\": [{\"measure\": \"Happiness\"}]")),
                HttpStatus.BAD_REQUEST, "kpis", "one of the program's figures: tNPS");
        Refusals.assertAnswered(post("manager", "/api/programs", definition("out-of-range",
                        "\"kpis\": [{\"measure\": \"tNPS\", \"baseline\": 0, \"target\": 120, \"targetBy\": \"2027-06-30\"}]")),
                HttpStatus.BAD_REQUEST, "kpis", "runs from -100 to 100");
        Refusals.assertAnswered(post("manager", "/api/programs", definition("Not a key", "\"kpis\": []")),
                HttpStatus.BAD_REQUEST, "id", "lower-case letters");
        Refusals.assertAnswered(post("manager", "/api/programs", "{\"id\": \"no-outcomes\", \"name\": \"N\", \"purpose\": \"P\","
                + " \"owner\": \"O\", \"reason\": \"R\"}"), HttpStatus.BAD_REQUEST, "businessOutcomes", "business outcomes");
        Refusals.assertAnswered(post("manager", "/api/programs", definition("cancellation-winback", "\"kpis\": []")),
                HttpStatus.CONFLICT, "id", "There is a program 'cancellation-winback' already");
        assertThat(post("manager", "/api/programs", "{\"id\": ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.program_version WHERE program IN ('needs-a-date', 'needs-a-baseline',"
                + " 'unknown-measure', 'out-of-range', 'no-outcomes')").query(Long.class).single()).isZero();
        assertThat(as("manager").get().uri("/api/programs/needs-a-date").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aChangeMadeOnAVersionSomeoneElseChangedMeanwhileIsRefused() {
        assertThat(post("manager", "/api/programs", definition("stale-check", "\"kpis\": []")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> first = put("admin", "/api/programs/stale-check", change(1, "An owner who took over"));
        ResponseEntity<String> second = put("manager", "/api/programs/stale-check", change(1, "Someone else"));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        Refusals.assertAnswered(second, HttpStatus.CONFLICT, "version", "admin changed \u201cA test program\u201d meanwhile (version 2)");
        String current = as("manager").get().uri("/api/programs/stale-check").retrieve().body(String.class);
        assertThat(JsonPath.<String>read(current, "$.owner")).isEqualTo("An owner who took over");
        Refusals.assertAnswered(put("manager", "/api/programs/stale-check", "{\"name\": \"x\"}"), HttpStatus.BAD_REQUEST, "version",
                "Say which version");
    }

    @Test
    void aRetiredProgramIsForGood() {
        assertThat(post("manager", "/api/programs", definition("short-lived", "\"kpis\": []")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(move("manager", "short-lived", 1, "RETIRED").getStatusCode()).isEqualTo(HttpStatus.OK);

        Refusals.assertAnswered(move("manager", "short-lived", 2, "LIVE"), HttpStatus.CONFLICT, "status", "it can go to no other status");
        Refusals.assertAnswered(put("manager", "/api/programs/short-lived", change(2, "Anyone")), HttpStatus.CONFLICT, null, "is retired");
        Refusals.assertAnswered(move("manager", "short-lived", 2, null), HttpStatus.BAD_REQUEST, "status", "Say which status");
        Refusals.assertAnswered(move("manager", "no-such-program", 1, "LIVE"), HttpStatus.NOT_FOUND, null, "No program 'no-such-program'");
    }

    @Test
    void analystsReadButDoNotChange() {
        assertThat(post("analyst", "/api/programs", definition("analyst-program", "\"kpis\": []")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("analyst").get().uri("/api/programs/loyalty/versions").retrieve().toEntity(String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("agent").get().uri("/api/programs").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static String definition(String id, String kpis) {
        return "{\"id\": \"" + id + "\", \"name\": \"A test program\", \"purpose\": \"To test\", \"owner\": \"Test lead\","
                + " \"businessOutcomes\": [\"More tests\"], \"customerOutcomes\": [\"Nothing broken\"], " + kpis
                + ", \"reason\": \"Because the board asked\"}";
    }

    private static String change(int version, String owner) {
        return "{\"version\": " + version + ", \"name\": \"A test program\", \"purpose\": \"To test\", \"owner\": \""
                + owner + "\", \"businessOutcomes\": [\"More tests\"], \"customerOutcomes\": [\"Nothing broken\"],"
                + " \"kpis\": [], \"reason\": \"A new owner\"}";
    }

    private ResponseEntity<String> move(String user, String program, int version, String status) {
        return post(user, "/api/programs/" + program + "/status", "{\"version\": " + version + ", \"status\": "
                + (status == null ? "null" : "\"" + status + "\"") + ", \"reason\": \"Because the board asked\"}");
    }

    private ResponseEntity<String> post(String user, String uri, String json) {
        return as(user).post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> put(String user, String uri, String json) {
        return as(user).put().uri(uri).contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(String.class);
    }


    private RestClient as(String user) {
        return TestHttp.as(port, user);
    }
}
