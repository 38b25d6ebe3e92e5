package io.cvmjourneys.journeys.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.JourneyRecords;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Referrals on PostgreSQL through the REST API: a store agent gives a customer their code, two friends
 * leave their details on the link's page (one of them twice), both join; the second joined in the
 * first's handset, so an analyst reviews and approves it. Ninety days on both referrals are rewarded,
 * and the referrer's figures say so. Only time is moved.
 */
class ReferralJourneyOnPostgresTest extends JourneyOverRestOnPostgres {

    private static final String REFERRER = "CUST-PGRF01";
    private static final String FIRST_FRIEND = "CUST-PGRF02";
    private static final String SECOND_FRIEND = "CUST-PGRF03";

    @Test
    void twoFriendsJoinOneIsReviewedAndBothAreRewarded() {
        customer(REFERRER, "Rosa Recommends", "2018-03-01");
        customer(FIRST_FRIEND, "Finn First", "2026-11-23");
        customer(SECOND_FRIEND, "Sara Second", "2026-11-23");

        ResponseEntity<String> issued = people.as("store").post().uri("/api/referrals/referrers/{id}/code", REFERRER)
                .retrieve().toEntity(String.class);
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
        String code = JsonPath.read(issued.getBody(), "$.code");
        assertThat(code).matches("ROSA-[2-9A-HJKMNP-Z]{4}");
        assertThat((String) JsonPath.read(issued.getBody(), "$.link")).endsWith("?ref=" + code);

        assertThat(lead("web-lead-1", code, "Finn", FIRST_FRIEND).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(lead("web-lead-1", code, "Finn", FIRST_FRIEND).getStatusCode()).as("the form sent twice")
                .isEqualTo(HttpStatus.OK);
        assertThat(lead("web-lead-2", code, "Sara", SECOND_FRIEND).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        String first = join(FIRST_FRIEND, code, "IMEI-PG-1");
        String second = join(SECOND_FRIEND, code, "IMEI-PG-1");
        String review = people.claimTask(second, "analyst", "Task_ReviewReferral");
        assertThat(people.complete("analyst", review, """
                {"reviewDecision": {"value": "APPROVE"}, "reviewNote": {"value": "Flatmates; one phone until hers came"}}""")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("SELECT decided_by FROM cvm.referral WHERE friend_id = ?").param(SECOND_FRIEND)
                .query(String.class).single()).isEqualTo("analyst");

        EngineClock.passTime(managementService, first, Duration.ofDays(90));
        EngineClock.runDueJobs(managementService, second);
        EngineClock.passTime(managementService, first, Duration.ofDays(7));
        EngineClock.runDueJobs(managementService, second);

        assertThat(JourneyRecords.outcome(historyService, first)).isEqualTo("REWARDED");
        assertThat(JourneyRecords.outcome(historyService, second)).isEqualTo("REWARDED");
        String standing = people.as("store").get().uri("/api/referrals/referrers/{id}", REFERRER).retrieve().body(String.class);
        assertThat((Integer) JsonPath.read(standing, "$.leads")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(standing, "$.joined")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(standing, "$.rewarded")).isEqualTo(2);
        assertThat(JsonPath.read(standing, "$.rewardsEarned").toString()).isEqualTo("60.0");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.account_change WHERE customer_id = ? AND kind = 'CREDIT'")
                .param(REFERRER).query(Integer.class).single()).as("one credit per friend").isEqualTo(2);
        assertThat(people.as("store").get().uri("/api/referrals/friends/{id}", SECOND_FRIEND).retrieve().body(String.class))
                .contains("\"status\":\"REWARDED\"", "Same device: handset IMEI-PG-1 was activated in another referral before");
    }

    @Test
    void fourTillsAskingForTheSameCustomersCodeAtOnceGetOneCode() throws Exception {
        String customer = "CUST-PGRF09";
        customer(customer, "Tessa Tills", "2019-06-01");
        ExecutorService tills = Executors.newFixedThreadPool(4);
        try {
            List<Future<ResponseEntity<String>>> asked = tills.invokeAll(Collections.nCopies(4, () -> people.as("store").post()
                    .uri("/api/referrals/referrers/{id}/code", customer).retrieve().toEntity(String.class)));
            Set<String> codes = new HashSet<>();
            for (Future<ResponseEntity<String>> answer : asked) {
                assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.OK);
                codes.add(JsonPath.read(answer.get().getBody(), "$.code"));
            }
            assertThat(codes).hasSize(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.referral_code WHERE customer_id = ?").param(customer)
                    .query(Integer.class).single()).isOne();
        } finally {
            tills.shutdownNow();
        }
    }

    private String join(String friend, String code, String handset) {
        ResponseEntity<String> joined = people.moment("joined-" + friend, friend, "REFERRED_FRIEND_JOINED", "STORE",
                "{\"code\": \"%s\", \"deviceId\": \"%s\"}".formatted(code.toLowerCase(), handset));
        assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(joined.getBody(), "$.processInstanceId");
        EngineClock.runDueJobs(managementService, journey);
        return journey;
    }

    private ResponseEntity<String> lead(String reference, String code, String name, String friend) {
        return people.as("channel").post().uri("/api/referrals/leads").contentType(MediaType.APPLICATION_JSON)
                .body("{\"reference\": \"%s\", \"code\": \"%s\", \"name\": \"%s\", \"email\": \"%s\"}"
                        .formatted(reference, code, name, email(friend)))
                .retrieve().toEntity(String.class);
    }

    private void customer(String id, String name, String since) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, ?, ?, ?, 'POSTPAID', 'MASS', CAST(? AS DATE), 1200, 25, 'ZZ', FALSE)""")
                .params(id, name, "+44 7700 9006" + id.substring(9), email(id), since).update();
    }

    private static String email(String customerId) {
        return customerId.toLowerCase() + "@example.org";
    }
}
