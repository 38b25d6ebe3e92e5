package io.cvmjourneys.nba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.ReplayReport.ActionChannelShift;
import io.cvmjourneys.nba.ReplayReport.ActionShift;
import io.cvmjourneys.nba.ReplayReport.ChannelShift;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A replay on a known decision log, against a candidate table changed in a known way: the loyalty
 * reward rule is gone and a new rule proposes the usage tip to every digital visit in the app.
 * No demo profile, so the log holds only the decisions written here.
 */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
class CandidateTableReplayTest {

    private static final String NEUTRAL = """
            "journeyStep":"","customerType":"POSTPAID","segment":"MASS","daysToContractEnd":9999,"daysToLeaseEnd":9999,\
            "daysDelinquent":0,"outageInArea":false,"complaintOpen":false,"daysSinceComplaintResolved":9999,"mobileLines":2,\
            "homeConnections":1""";
    private static final String LOYAL_SUMMARY = """
            {"type":"POSTPAID","segment":"MASS","tenureMonths":48,"daysToContractEnd":null,"daysToLeaseEnd":null,\
            "daysDelinquent":0,"openIncidentsInArea":0,"openComplaint":false,"daysSinceComplaintResolved":null,\
            "mobileLines":2,"homeConnections":1,"activeJourneys":[]}""";
    private static final String TIP_IN_APP = """
            <rule id="Rule_TipInApp">
              <description>In the app: how to track data usage</description>
              <inputEntry id="InputEntry_TipInApp_Moment"><text>"DIGITAL_VISIT"</text></inputEntry>
              <inputEntry id="InputEntry_TipInApp_Channel"><text>"APP"</text></inputEntry>
              %s
              <outputEntry id="OutputEntry_TipInApp_ActionId"><text>"USAGE_TIP"</text></outputEntry>
              <outputEntry id="OutputEntry_TipInApp_Propensity"><text>0.5</text></outputEntry>
              <outputEntry id="OutputEntry_TipInApp_Value"><text></text></outputEntry>
              <outputEntry id="OutputEntry_TipInApp_Reason"><text>"Track data usage in the app"</text></outputEntry>
            </rule>
            """.formatted("<inputEntry><text></text></inputEntry>".repeat(12));

    @Autowired
    CandidateTableReplay replay;
    @Autowired
    JdbcClient jdbc;

    private final Instant now = TestClock.now();

    @BeforeEach
    void knownLog() {
        jdbc.sql("DELETE FROM cvm.nba_offer").update();
        jdbc.sql("DELETE FROM cvm.nba_decision").update();
        // loyal customer in the app: live proposes the reward, the candidate the (never arbitrated) tip
        logged("D1", 5, "DIGITAL_VISIT", "APP", 48, "[\"LOYALTY_REWARD\"]", "[]");
        // the same, logged before the inputs were kept; arbitration had suppressed the tip (quiet hours)
        loggedWithoutInputs("D2", 4, "[\"LOYALTY_REWARD\",\"USAGE_TIP\"]", "[\"USAGE_TIP\"]");
        // on the web: the new rule does not speak, the removed one did
        logged("D3", 3, "DIGITAL_VISIT", "WEB", 48, "[\"LOYALTY_REWARD\"]", "[]");
        // allowance used up in the store: neither change touches it
        logged("D4", 2, "ALLOWANCE_EXCEEDED", "STORE", 12, "[\"PLAN_UPGRADE\",\"DATA_ADDON_5GB\"]", "[]");
        // a complaint cooled the reward off: live chooses nothing, the candidate the tip
        logged("D5", 1, "DIGITAL_VISIT", "APP", 48, "[\"LOYALTY_REWARD\"]", "[\"LOYALTY_REWARD\"]");
        // outside the last 30 days
        logged("D6", 40, "DIGITAL_VISIT", "APP", 48, "[\"LOYALTY_REWARD\"]", "[]");
    }

    @Test
    void theShiftsPerActionAndChannelAreCountedDecisionByDecision() throws IOException {
        ReplayReport report = replay.replay(candidate(), 30);

        assertThat(report.decisions()).isEqualTo(5);
        assertThat(report.rebuiltInputs()).isEqualTo(1);
        assertThat(report.changedTopAction()).isEqualTo(4);
        assertThat(report.changedChoice()).isEqualTo(4);
        assertThat(report.liveNotArbitrated()).isZero();
        assertThat(report.candidateNotArbitrated()).isEqualTo(2);
        assertThat(report.perAction()).containsExactly(
                new ActionShift("LOYALTY_REWARD", "Loyalty reward: a free month of streaming", "loyalty", 3, 0, -3, 3, 0, 0),
                new ActionShift("USAGE_TIP", "Tip: how to keep track of data usage in the app", "service", 0, 2, 2, 0, 2, 2),
                new ActionShift("DATA_ADDON_5GB", "5 GB extra data this month", "upsell-cross-sell", 1, 1, 0, 0, 0, 0),
                new ActionShift("PLAN_UPGRADE", "A plan with more allowance every month", "upsell-cross-sell", 1, 1, 0, 1, 1, 0));
        assertThat(report.perChannel()).containsExactly(
                new ChannelShift(Channel.STORE, 2, 2, 0), new ChannelShift(Channel.APP, 2, 2, 0),
                new ChannelShift(Channel.WEB, 1, 0, -1));
        assertThat(report.perActionAndChannel()).containsExactly(
                new ActionChannelShift("LOYALTY_REWARD", Channel.APP, 2, 0, -2),
                new ActionChannelShift("LOYALTY_REWARD", Channel.WEB, 1, 0, -1),
                new ActionChannelShift("USAGE_TIP", Channel.APP, 0, 2, 2));
        assertThat(report.examples()).extracting(ReplayReport.ChangedDecision::decisionId)
                .containsExactly("D1", "D2", "D3", "D5");
        assertThat(report.examples().get(0).live()).containsExactly("LOYALTY_REWARD");
        assertThat(report.examples().get(0).candidate()).containsExactly("USAGE_TIP");
        assertThat(report.examples().get(0).notArbitrated()).containsExactly("USAGE_TIP");
        assertThat(report.examples().get(1).candidate()).isEmpty();
    }

    @Test
    void theLiveTableAgainstItselfShiftsNothing() throws IOException {
        ReplayReport report = replay.replay(Files.readAllBytes(Path.of("dmn/next-best-action-candidates.dmn")), 30);

        assertThat(report.changedChoice()).isZero();
        assertThat(report.perAction()).allSatisfy(shift -> assertThat(shift.difference()).isZero());
        assertThat(report.perAction()).extracting(ActionShift::actionId).containsExactly("DATA_ADDON_5GB", "LOYALTY_REWARD", "PLAN_UPGRADE");
    }

    @Test
    void aDecisionLoggedBeforeAnInputExistedCountsAsRebuiltAndReadsTheSummarysHousehold() throws IOException {
        insert("D7", 2, "DIGITAL_VISIT", "APP", "[\"LOYALTY_REWARD\"]", "[]", """
                {"moment":"DIGITAL_VISIT","channel":"APP","tenureMonths":48,"journeyStep":"","customerType":"POSTPAID",\
                "segment":"MASS","daysToContractEnd":9999,"daysToLeaseEnd":9999,"daysDelinquent":0,"outageInArea":false}""");

        ReplayReport report = replay.replay(Files.readAllBytes(Path.of("dmn/next-best-action-candidates.dmn")), 30);

        assertThat(report.rebuiltInputs()).as("D2 from its summary alone, D7 for the inputs added since").isEqualTo(2);
        assertThat(report.changedChoice()).isZero();
    }

    @Test
    void aFileCutShortIsRefusedSayingWhereItBreaks() throws IOException {
        byte[] table = candidate();
        byte[] cutShort = Arrays.copyOf(table, table.length / 2);
        long lines = new String(cutShort, java.nio.charset.StandardCharsets.UTF_8).lines().count();

        assertThatThrownBy(() -> replay.replay(cutShort, 30))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessage("The candidate table cannot be read: the file is not a complete, valid DMN file (line " + lines
                        + ": XML document structures must start and end within the same entity). Open it in Camunda Modeler,"
                        + " fix it, save it and upload it again.");
    }

    @Test
    void aTableReadingAnInputTheLogDoesNotHaveIsRefused() throws IOException {
        byte[] asksForRegion = new String(candidate(), StandardCharsets.UTF_8)
                .replace("<text>segment</text>", "<text>region</text>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> replay.replay(asksForRegion, 30))
                .isInstanceOf(ApiException.class).hasMessageContaining("The candidate table cannot decide logged decision");
    }

    @Test
    void daysOutsideOneToNinetyAreRefused() {
        assertThatThrownBy(() -> replay.replay(new byte[1], 0)).hasMessage("days must be between 1 and 90, not 0");
        assertThatThrownBy(() -> replay.replay(new byte[1], 91)).hasMessage("days must be between 1 and 90, not 91");
    }

    private static byte[] candidate() throws IOException {
        String live = Files.readString(Path.of("dmn/next-best-action-candidates.dmn"));
        int start = live.indexOf("<rule id=\"Rule_RewardLoyalty\">");
        int end = live.indexOf("</rule>", start) + "</rule>".length();
        return (live.substring(0, start) + TIP_IN_APP + live.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private void logged(String id, int daysAgo, String moment, String channel, int tenure, String candidates,
                        String suppressed) {
        insert(id, daysAgo, moment, channel, candidates, suppressed, """
                {"moment":"%s","channel":"%s","tenureMonths":%d,%s}""".formatted(moment, channel, tenure, NEUTRAL));
    }

    private void loggedWithoutInputs(String id, int daysAgo, String candidates, String suppressed) {
        insert(id, daysAgo, "DIGITAL_VISIT", "APP", candidates, suppressed, null);
    }

    private void insert(String id, int daysAgo, String moment, String channel, String candidates, String suppressed,
                        String tableInputs) {
        jdbc.sql("""
                        INSERT INTO cvm.nba_decision (id, customer_id, moment, channel, journey_step, decided_at, context_summary,
                                                      candidates, suppressed, decision_versions, table_inputs)
                        VALUES (?, 'CUST-000001', ?, ?, NULL, ?, ?, ?, ?, '{"nextBestActionCandidates":1}', ?)""")
                .params(id, moment, channel, Timestamp.from(now.minus(Duration.ofDays(daysAgo))), LOYAL_SUMMARY,
                        entries(candidates), entries(suppressed), tableInputs)
                .update();
    }

    /** ["A","B"] → [{"actionId":"A"},{"actionId":"B"}], the shape the log writes. */
    private static String entries(String actionIds) {
        List<String> ids = actionIds.equals("[]") ? List.of()
                : List.of(actionIds.substring(2, actionIds.length() - 2).split("\",\""));
        return ids.stream().map(actionId -> "{\"actionId\":\"" + actionId + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
