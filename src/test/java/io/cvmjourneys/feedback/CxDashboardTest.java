package io.cvmjourneys.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.testsupport.TestHttp;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/** The CX dashboard as CX and CVM managers see it, for a period with known complaints and deliveries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class CxDashboardTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /**
     * January 2020: 4 deliveries of the reward (1 complaint), 10 of the data add-on (1 complaint), none of the
     * home security add-on (1 complaint), one complaint open.
     */
    @BeforeEach
    void januaryTwentyTwenty() {
        if (jdbc.sql("SELECT COUNT(*) FROM cvm.complaint WHERE id LIKE 'CMP-DASH-%'").query(Long.class).single() > 0) {
            return;
        }
        for (int i = 0; i < 14; i++) {
            jdbc.sql("INSERT INTO cvm.contact_history (customer_id, channel, action_id, contacted_at) VALUES ('CUST-000001', 'SMS', ?, ?)")
                    .params(i < 4 ? "LOYALTY_REWARD" : "DATA_ADDON_5GB", at("2020-01-0" + (1 + i % 9) + "T10:00:00Z")).update();
        }
        complaint("CMP-DASH-1", "LOYALTY_REWARD", "loyalty", "2020-01-10T09:00:00Z", "2020-01-10T15:00:00Z", "CVM_OFFER");
        complaint("CMP-DASH-2", "DATA_ADDON_5GB", "upsell-cross-sell", "2020-01-11T09:00:00Z", "2020-01-12T09:00:00Z", "CVM_OFFER");
        complaint("CMP-DASH-3", null, null, "2020-01-12T09:00:00Z", null, null);
        complaint("CMP-DASH-4", "HOME_SECURITY_ADDON", "moving-house", "2020-01-13T09:00:00Z", "2020-01-14T00:00:00Z", "SERVICE");
    }

    @Test
    void cxSeesComplaintsPerThousandDeliveriesTimeToResolveAndCharts() {
        RestClient cx = TestHttp.signedIn(port, "cx");

        String page = cx.get().uri("/cx/dashboard?from=2020-01-01&to=2020-01-31").retrieve().body(String.class);

        assertThat(page).contains("<td title=\"LOYALTY_REWARD\">Loyalty reward: a free month of streaming</td><td>1</td>", "<td>4</td><td>250.0</td>")
                .contains("<td title=\"DATA_ADDON_5GB\">5 GB extra data this month</td><td>1</td>", "<td>10</td><td>100.0</td>")
                .contains("<td title=\"loyalty\">Loyalty</td>", "<td title=\"upsell-cross-sell\">Up-sell &amp; cross-sell</td>")
                .contains("<strong>3</strong> complaints resolved", "<strong>1</strong> still open")
                .contains("average <strong>15.0</strong> h")
                .contains("No survey answers in this period.")
                .contains("chart.umd.js", "chart-actions");
        // complaints with no delivery on record: the rate is unknown, shown as such and listed first, not as the best
        assertThat(page).contains("<td title=\"HOME_SECURITY_ADDON\">Smart home security for the new home</td><td>1</td>", "<td>0</td><td title=\"No delivery recorded in this period: the rate is unknown\">–</td>");
        assertThat(page.indexOf("<td title=\"HOME_SECURITY_ADDON\">Smart home security for the new home</td>")).isLessThan(page.indexOf("<td title=\"LOYALTY_REWARD\">Loyalty reward: a free month of streaming</td>"));
        assertThat(page.indexOf("<td title=\"moving-house\">Moving house</td>")).isLessThan(page.indexOf("<td title=\"loyalty\">Loyalty</td>"));
        assertThat(cx.get().uri("/webjars/chart.js/4.4.1/dist/chart.umd.js").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theRootCausesShowWeekByWeekMostFirst() {
        String page = TestHttp.signedIn(port, "cx").get().uri("/cx/dashboard?from=2020-01-01&to=2020-01-31").retrieve()
                .body(String.class);

        String table = page.substring(page.indexOf("<table class=\"root-causes\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).contains("<th>30 Dec 2019</th><th>6 Jan 2020</th><th>13 Jan 2020</th><th>20 Jan 2020</th>"
                + "<th>27 Jan 2020</th><th>Total</th>");
        // Friday to Sunday fall in the week from Monday 6 January, the Monday after in the next
        assertThat(table.replaceAll("\\s+", "")).contains(
                "<tdtitle=\"CVM_OFFER\">Anofferwemade</td><td>0</td><td>2</td><td>0</td><td>0</td><td>0</td><td><strong>2</strong>",
                "<tdtitle=\"NOT_TRIAGED\">Norootcauserecordedyet</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td><strong>1</strong>",
                "<tdtitle=\"SERVICE\">Service</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td><strong>1</strong>");
        assertThat(table.indexOf("CVM_OFFER")).isLessThan(table.indexOf("NOT_TRIAGED"));
        assertThat(page).contains("chart-root-causes");
    }

    @Test
    void cvmManagersSeeItTooButAgentsDoNot() {
        RestClient manager = TestHttp.signedIn(port, "manager");
        assertThat(manager.get().uri("/cx/dashboard").retrieve().toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        RestClient agent = TestHttp.signedIn(port, "agent");
        ResponseEntity<String> refused = agent.get().uri("/cx/dashboard").retrieve().toEntity(String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void complaint(String id, String action, String program, String filed, String resolved, String rootCause) {
        jdbc.sql("""
                        INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at, resolved_at,
                                                   linked_action_id, linked_program, root_cause)
                        VALUES (?, 'CUST-000001', 'CALL_CENTER', 'OFFERS', 'Dashboard fixture', ?, ?, ?, ?, ?)""")
                .params(id, at(filed), resolved == null ? null : at(resolved), action, program, rootCause).update();
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
