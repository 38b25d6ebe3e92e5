package io.cvmjourneys.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CVM manager's change on PostgreSQL through the REST APIs, as the teams' tools drive it: a new
 * version of the candidate table goes through the analytics team's review and the app channel's
 * approval, and is deployed on the day the channel team gave; a program's stop is overridden by the
 * manager. Only time is moved by the test.
 */
class ModelChangeOverRestOnPostgresTest extends JourneyOverRestOnPostgres {

    @Test
    void aNewCandidateTableGoesLiveAfterAnalyticsAndTheChannelApprovedItOnTheDayTheChannelGave() throws IOException {
        String table = Files.readString(Path.of("dmn/next-best-action-candidates.dmn"), StandardCharsets.UTF_8)
                .replaceFirst("(id=\"OutputEntry_RewardLoyalty_Propensity\">\\s*<text>)0\\.25(</text>)", "$10.6$2");
        ResponseEntity<String> proposed = propose(Map.of("kind", "DECISION_TABLE", "subject", "nextBestActionCandidates",
                "reason", "Members redeem more in winter", "channels", List.of("APP"), "modelFile",
                "next-best-action-candidates.dmn", "model", table));
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int id = JsonPath.read(proposed.getBody(), "$.id");
        assertThat(proposed.getHeaders().getLocation()).hasToString("/api/changes/" + id);
        String journey = journeyOf(id);
        assertThat(people.tasks(journey, "channel", "Task_ApproveChannelContent")).as("analytics first").isEmpty();

        String review = people.claimTask(journey, "analyst", "Task_ReviewChangeEvidence");
        String form = people.as("analyst").get().uri("/engine-rest/task/{id}/form-variables", review).retrieve().body(String.class);
        assertThat(JsonPath.<String>read(form, "$.evidenceSummary.value")).startsWith("Replayed ")
                .contains("Channels the channel team approves: APP.");
        assertThat(people.complete("analyst", review, """
                {"stepDecision": {"value": "APPROVE"}, "stepFindings": {"value": "The replay shifts only commercial offers"}}""")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String approval = people.claimTask(journey, "channel", "Task_ApproveChannelContent");
        String tomorrow = TestClock.today().plusDays(1).toString();
        assertThat(people.complete("channel", approval, """
                {"stepDecision": {"value": "APPROVE"}, "stepStartsOn": {"value": "%s"},
                 "stepFindings": {"value": "Offer slot booked from tomorrow"}}""".formatted(tomorrow))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String waiting = change(id);
        assertThat(JsonPath.<String>read(waiting, "$.waiting.step")).isEqualTo("Scheduled to go live");
        assertThat(live("nextBestActionCandidates")).as("not before the channel's day").isEqualTo(1);

        EngineClock.passTime(managementService, journey, Duration.ofDays(1));
        EngineClock.runDueJobs(managementService, journey);

        String done = change(id);
        assertThat(JsonPath.<String>read(done, "$.change.status")).isEqualTo("LIVE");
        assertThat(JsonPath.<String>read(done, "$.change.closedNote")).isEqualTo("Deployed as version 2 of Next best action"
                + " candidates. Change " + id + ", approved by analyst (analytics-team), channel (channel-team, APP)");
        assertThat(JsonPath.<List<String>>read(done, "$.steps[*].decidedBy")).containsExactly("analyst", "channel");
        assertThat(live("nextBestActionCandidates")).isEqualTo(2);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(journey).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_Live");
    }

    @Test
    void theManagerOverridesAStopThatWaitsForTheChannelTeamWithAReason() {
        int id = JsonPath.read(propose(Map.of("kind", "PROGRAM_STOP", "subject", "roaming", "reason", "Winter: no trips",
                "channels", List.of("SMS"))).getBody(), "$.id");
        String journey = journeyOf(id);
        people.complete("analyst", people.claimTask(journey, "analyst", "Task_ReviewChangeEvidence"),
                "{\"stepDecision\": {\"value\": \"APPROVE\"}, \"stepFindings\": {\"value\": \"No trips booked\"}}");
        assertThat(people.tasks(journey, "channel", "Task_ApproveChannelContent")).hasSize(1);

        assertThat(people.as("manager").post().uri("/api/changes/{id}/override", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\": \"\"}").retrieve().toEntity(String.class).getStatusCode())
                .as("an override says why").isEqualTo(HttpStatus.BAD_REQUEST);
        String overridden = people.as("manager").post().uri("/api/changes/{id}/override", id)
                .contentType(MediaType.APPLICATION_JSON).body("{\"reason\": \"Roaming partner outage: stop tonight\"}")
                .retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(overridden, "$.steps[*].decision")).containsExactly("APPROVE", "OVERRIDE");
        EngineClock.runDueJobs(managementService, journey);

        assertThat(JsonPath.<String>read(change(id), "$.change.status")).isEqualTo("LIVE");
        String roaming = people.as("manager").get().uri("/api/programs/roaming").retrieve().body(String.class);
        assertThat(JsonPath.<String>read(roaming, "$.status")).isEqualTo("PAUSED");
        assertThat(JsonPath.<String>read(roaming, "$.reason")).isEqualTo("Change " + id
                + ", approvals overridden by manager: Roaming partner outage: stop tonight");
        assertThat(people.tasks(journey, "channel", "Task_ApproveChannelContent")).as("nothing left to approve").isEmpty();
    }

    private ResponseEntity<String> propose(Map<String, Object> body) {
        return people.as("manager").post().uri("/api/changes").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(String.class);
    }

    private String change(int id) {
        return people.as("manager").get().uri("/api/changes/{id}", id).retrieve().body(String.class);
    }

    private String journeyOf(int id) {
        String found = people.as("manager").get().uri("/engine-rest/process-instance?businessKey=model-change:change-{id}"
                + "&maxResults=1", id).retrieve().body(String.class);
        return JsonPath.<List<String>>read(found, "$[*].id").get(0);
    }

    private int live(String key) {
        return JsonPath.read(people.as("manager").get().uri("/engine-rest/decision-definition/key/{key}", key).retrieve()
                .body(String.class), "$.version");
    }
}
