package io.cvmjourneys.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The points ledger on PostgreSQL through the REST API: a customer joins, the feeds report what they
 * did, and agents and the app spend the points — eight redemptions at once cannot spend more than the
 * balance, and a request sent again books nothing twice.
 */
class LoyaltyLedgerOnPostgresTest extends JourneyOverRestOnPostgres {

    private static final String CUSTOMER = "CUST-000120";

    @Test
    void pointsAreEarnedOnceAndCannotBeSpentTwice() throws Exception {
        ResponseEntity<String> joined = people.moment("evt-loyalty-1", CUSTOMER, "LOYALTY_JOINED", "APP", "{}");
        assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        EngineClock.runDueJobs(managementService, JsonPath.read(joined.getBody(), "$.processInstanceId"));
        assertThat(balance()).as("the welcome points").isEqualTo(500);

        assertThat(earn("topup-1", "{\"behaviour\": \"DIGITAL_TOP_UP\", \"amount\": 20, \"channel\": \"APP\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> again = earn("topup-1", "{\"behaviour\": \"DIGITAL_TOP_UP\", \"amount\": 20, \"channel\": \"APP\"}");
        assertThat(again.getStatusCode()).as("the same report again").isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<Integer>read(again.getBody(), "$.balance")).isEqualTo(700);
        assertThat(earn("topup-1", "{\"behaviour\": \"DIGITAL_TOP_UP\", \"amount\": 30, \"channel\": \"APP\"}").getStatusCode())
                .as("another amount under a used reference").isEqualTo(HttpStatus.CONFLICT);
        assertThat(earn("bill-1", "{\"behaviour\": \"BILL_SPEND\", \"amount\": 300.75}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(balance()).isEqualTo(1000);

        ExecutorService tills = Executors.newFixedThreadPool(8);
        List<Future<HttpStatus>> redemptions = new ArrayList<>();
        for (int till = 0; till < 8; till++) {
            String reference = "till-" + till;
            Callable<HttpStatus> redeem = () -> HttpStatus.valueOf(redeem("store", reference, 300).getStatusCode().value());
            redemptions.add(tills.submit(redeem));
        }
        List<HttpStatus> answers = new ArrayList<>();
        for (Future<HttpStatus> redemption : redemptions) {
            answers.add(redemption.get());
        }
        tills.shutdown();

        assertThat(answers).filteredOn(HttpStatus.CREATED::equals).hasSize(3);
        assertThat(answers).filteredOn(HttpStatus.CONFLICT::equals).hasSize(5);
        assertThat(balance()).isEqualTo(100);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.loyalty_ledger WHERE customer_id = ? AND kind = 'REDEEM'").param(CUSTOMER)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(redeem("store", "till-9", 101).getBody()).contains("The balance is 100 points: 101 cannot be spent");
        assertThat(redeem("analyst", "till-10", 10).getStatusCode()).as("the analytics team spends no points")
                .isEqualTo(HttpStatus.FORBIDDEN);

        String dashboard = TestHttp.signedIn(port, "analyst").get().uri("/kpi?program=loyalty").retrieve().body(String.class);
        assertThat(dashboard).contains("Members and points", "<td>Earned</td><td>1000</td>", "<td>Spent on rewards</td><td>900</td>",
                "<td>Redemption rate (spent for every 100 earned)</td>\n          <td>90 %</td>");
    }

    private ResponseEntity<String> earn(String reference, String report) {
        return people.as("channel").post().uri("/api/loyalty/members/{id}/earnings", CUSTOMER).contentType(MediaType.APPLICATION_JSON)
                .body(report.replace("{", "{\"reference\": \"" + reference + "\", ")).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> redeem(String user, String reference, int points) {
        return people.as(user).post().uri("/api/loyalty/members/{id}/redemptions", CUSTOMER).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reference\": \"%s\", \"points\": %d, \"reward\": \"Cinema tickets\", \"channel\": \"STORE\"}"
                        .formatted(reference, points))
                .retrieve().toEntity(String.class);
    }

    private int balance() {
        return JsonPath.read(people.as("agent").get().uri("/api/loyalty/members/{id}", CUSTOMER).retrieve().body(String.class),
                "$.balance");
    }
}
