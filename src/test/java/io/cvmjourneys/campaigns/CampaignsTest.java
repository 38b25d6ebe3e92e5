package io.cvmjourneys.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.Refusals;
import io.cvmjourneys.testsupport.TestHttp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * A campaign to the demo base over the JSON API, as managers run one: prepared by one manager, judged
 * in a dry run, approved by a second, sent batch by batch, stopped mid-way; and bad campaigns refused
 * with what to fix, leaving nothing behind.
 */
// the demo's base without its past: these campaigns need customers, not months of journeys
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cvm.demo.history.enabled=false")
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
abstract class CampaignsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CampaignSending sending;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aManagerPreparesASecondApprovesItSendsUnderThePoliciesAndStopsMidWay() {
        ResponseEntity<String> defined = post("manager", "/api/campaigns", campaign("\"segments\": [\"HIGH_VALUE\"]", 10, 20));
        assertThat(defined.getStatusCode()).as(defined.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = JsonPath.<Number>read(defined.getBody(), "$.id").longValue();
        assertThat(JsonPath.<String>read(defined.getBody(), "$.status")).isEqualTo("DRAFT");

        String dryRun = post("analyst", "/api/campaigns/" + id + "/dry-run", "").getBody();
        int audience = JsonPath.read(dryRun, "$.audience");
        int heldOut = JsonPath.read(dryRun, "$.heldOut");
        int reached = JsonPath.read(dryRun, "$.reached");
        List<Integer> suppressed = JsonPath.read(dryRun, "$.suppressedBy[*].customers");
        assertThat(audience).isPositive();
        assertThat(heldOut + reached + suppressed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(audience);
        assertThat(outboxMessages(id)).as("nothing sent before approval").isZero();

        Refusals.assertAnswered(post("manager", "/api/campaigns/" + id + "/approval", "{\"version\": 1, \"reason\": \"Mine\"}"),
                HttpStatus.CONFLICT, "status", "A second manager approves");
        assertThat(post("analyst", "/api/campaigns/" + id + "/approval", "{\"version\": 1, \"reason\": \"Go\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> approved = post("admin", "/api/campaigns/" + id + "/approval", "{\"version\": 1, \"reason\": \"Checked\"}");
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.OK);
        String processId = JsonPath.read(approved.getBody(), "$.processInstanceId");

        EngineClock.runDueJobs(managementService, processId);
        String tally = as("analyst").get().uri("/api/campaigns/" + id + "/tally").retrieve().body(String.class);
        assertThat(JsonPath.<Integer>read(tally, "$.queued")).as("the first batch: the rate of a minute").isBetween(1, 20);
        assertThat(JsonPath.<Integer>read(tally, "$.heldOut")).isEqualTo(heldOut);

        ResponseEntity<String> stopped = post("manager", "/api/campaigns/" + id + "/stop", "{\"reason\": \"Wrong price\"}");
        assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(stopped.getBody(), "$.status")).isEqualTo("STOPPED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processId).count()).isZero();
        tally = as("analyst").get().uri("/api/campaigns/" + id + "/tally").retrieve().body(String.class);
        assertThat(JsonPath.<Integer>read(tally, "$.waiting")).isZero();
        assertThat(JsonPath.<Integer>read(tally, "$.stopped")).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.outbox_message WHERE idempotency_key LIKE ? AND status = 'PENDING'")
                .param("campaign:" + id + ":%").query(Long.class).single()).as("taken back").isZero();
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM cvm.outbox_message m WHERE m.idempotency_key LIKE ?
                        AND NOT EXISTS (SELECT 1 FROM cvm.consent c WHERE c.customer_id = m.customer_id AND c.granted = TRUE
                                        AND c.purpose = 'MARKETING' AND c.channel = m.channel)""")
                .param("campaign:" + id + ":%").query(Long.class).single()).as("none without consent").isZero();
        Refusals.assertAnswered(post("manager", "/api/campaigns/" + id + "/stop", "{\"reason\": \"Again\"}"), HttpStatus.CONFLICT,
                "status", "nothing left to stop");
        String history = as("analyst").get().uri("/api/campaigns/" + id + "/history").retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(history, "$[*].status")).containsExactly("STOPPED", "SENDING", "SCHEDULED", "DRAFT");
        assertThat(JsonPath.<List<String>>read(history, "$[*].changedBy")).containsExactly("manager", "campaign process",
                "admin", "manager");
    }

    @Test
    void aStopDuringABatchWaitsForItAndTakesBackWhatItQueued() throws Exception {
        ResponseEntity<String> defined = post("manager", "/api/campaigns", campaign("\"segments\": [\"MASS\"]", 0, 30));
        long id = JsonPath.<Number>read(defined.getBody(), "$.id").longValue();
        post("admin", "/api/campaigns/" + id + "/approval", "{\"version\": 1, \"reason\": \"Go\"}");
        CountDownLatch batchHoldsTheCampaign = new CountDownLatch(1);
        ExecutorService batchThread = Executors.newSingleThreadExecutor();
        Future<CampaignSending.Batch> batch = batchThread.submit(() -> transaction.execute(status -> {
            CampaignSending.Batch sent = sending.sendNextBatch(id);
            batchHoldsTheCampaign.countDown();
            sleep(Duration.ofMillis(1500)); // the batch's transaction is still open: its messages are not committed
            return sent;
        }));
        assertThat(batchHoldsTheCampaign.await(30, TimeUnit.SECONDS)).isTrue();

        long stopAsked = System.nanoTime();
        ResponseEntity<String> stopped = post("manager", "/api/campaigns/" + id + "/stop", "{\"reason\": \"Wrong audience\"}");
        long stopTook = (System.nanoTime() - stopAsked) / 1_000_000;

        assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(batch.get(30, TimeUnit.SECONDS).queued()).as("the batch went through before the stop").isPositive();
        assertThat(stopTook).as("the stop waited for the batch's transaction (ms)").isGreaterThanOrEqualTo(1000);
        assertThat(jdbc.sql("SELECT status, COUNT(*) FROM cvm.outbox_message WHERE idempotency_key LIKE ? GROUP BY status")
                .param("campaign:" + id + ":%").query((row, n) -> row.getString(1)).list())
                .as("every message of the batch taken back").containsExactly("SUPPRESSED");
        batchThread.shutdown();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void badCampaignsAreRefusedWithWhatToFixAndLeaveNothingBehind() {
        long before = campaigns();
        Refusals.assertAnswered(post("manager", "/api/campaigns", campaign("\"areas\": [\"ZZ\"]", 10, 100)), HttpStatus.BAD_REQUEST,
                "audience", "No customer of this segment agreed to marketing messages");
        Refusals.assertAnswered(post("manager", "/api/campaigns", campaign("\"segments\": [\"VIP\"]", 80, 100)), HttpStatus.BAD_REQUEST,
                "holdoutPercent", "0 to 50");
        Refusals.assertAnswered(post("manager", "/api/campaigns", campaign("\"minClv\": 900, \"maxClv\": 100", 10, 100)),
                HttpStatus.BAD_REQUEST, "audience", "The CLV from 900 is above the CLV to 100");
        Refusals.assertAnswered(post("manager", "/api/campaigns", campaign("\"segments\": [\"VIP\"]", 10, 100)
                .replace("\"EMAIL\", \"SMS\"", "\"STORE\"")), HttpStatus.BAD_REQUEST, "channels", "customers come to us through");
        Refusals.assertAnswered(post("manager", "/api/campaigns", campaign("\"segments\": [\"VIP\"]", 10, 100)
                .replace("PLAN_UPGRADE", "BARRING_NOTICE")), HttpStatus.BAD_REQUEST, "actionId", "");
        assertThat(post("manager", "/api/campaigns", "{\"name\": ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("analyst", "/api/campaigns", campaign("\"segments\": [\"VIP\"]", 10, 100)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Refusals.assertAnswered(post("admin", "/api/campaigns/999999/approval", "{\"version\": 1, \"reason\": \"Go\"}"),
                HttpStatus.NOT_FOUND, null, "No campaign 999999");
        assertThat(campaigns()).isEqualTo(before);
    }

    @Test
    void thePagesShowCampaignsToAnalystsAndTheFormOnlyToManagers() {
        post("manager", "/api/campaigns", campaign("\"segments\": [\"VIP\"]", 10, 100));
        RestClient analyst = TestHttp.signedIn(port, "analyst");
        assertThat(analyst.get().uri("/campaigns").retrieve().body(String.class)).contains("Plan upgrade push");
        assertThat(analyst.get().uri("/campaigns/new").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        RestClient manager = TestHttp.signedIn(port, "manager");
        assertThat(manager.get().uri("/campaigns/new").retrieve().body(String.class)).contains("Prepare a campaign");
        assertThat(manager.get().uri("/campaigns/999999").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long campaigns() {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.campaign").query(Long.class).single();
    }

    private long outboxMessages(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.outbox_message WHERE idempotency_key LIKE ?").param("campaign:" + id + ":%")
                .query(Long.class).single();
    }

    private static String campaign(String audience, int holdoutPercent, int perMinute) {
        return "{\"name\": \"Plan upgrade push\", \"actionId\": \"PLAN_UPGRADE\", \"channels\": [\"EMAIL\", \"SMS\"],"
                + " \"audience\": {" + audience + (audience.isEmpty() ? "" : ", ") + "\"consentedOnly\": true},"
                + " \"message\": \"our Unlimited plan is yours for the price of Plus until March.\", \"holdoutPercent\": "
                + holdoutPercent + ", \"sendFrom\": \"2026-11-23T09:00:00Z\", \"perMinute\": " + perMinute
                + ", \"reason\": \"Christmas push\"}";
    }

    private ResponseEntity<String> post(String user, String uri, String json) {
        return as(user).post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(String.class);
    }


    private RestClient as(String user) {
        return TestHttp.as(port, user);
    }
}
