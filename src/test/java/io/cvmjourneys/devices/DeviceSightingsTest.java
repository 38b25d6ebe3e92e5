package io.cvmjourneys.devices;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestHttp;
import java.time.Duration;
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

/**
 * The network's device feed reports what it sees on a customer's line: each report widens the span
 * the device was seen in, the same report again changes nothing, and a report about nobody, about
 * a model we do not know or from the future is refused with the field to fix and leaves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class DeviceSightingsTest {

    private static final String CUSTOMER = "CUST-000321";
    private static final String MODEL = "GALAXY_S25_ULTRA";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachReportWidensWhenTheDeviceWasSeenAndTheSameReportTwiceChangesNothing() {
        String yesterday = TestClock.now().minus(Duration.ofDays(1)).toString();
        String lastWeek = TestClock.now().minus(Duration.ofDays(7)).toString();

        ResponseEntity<String> first = report(CUSTOMER, MODEL, yesterday);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(first.getBody(), "$.firstSeenAt")).isEqualTo(yesterday);
        assertThat(JsonPath.<String>read(first.getBody(), "$.lastSeenAt")).isEqualTo(yesterday);
        assertThat(report(CUSTOMER, MODEL, yesterday).getBody()).isEqualTo(first.getBody());

        ResponseEntity<String> earlier = report(CUSTOMER, MODEL, lastWeek);
        assertThat(JsonPath.<String>read(earlier.getBody(), "$.firstSeenAt")).isEqualTo(lastWeek);
        assertThat(JsonPath.<String>read(earlier.getBody(), "$.lastSeenAt")).isEqualTo(yesterday);

        ResponseEntity<String> now = report(CUSTOMER, MODEL, null);
        assertThat(JsonPath.<String>read(now.getBody(), "$.firstSeenAt")).isEqualTo(lastWeek);
        assertThat(JsonPath.<String>read(now.getBody(), "$.lastSeenAt")).isEqualTo(TestClock.now().toString());
        assertThat(rows(CUSTOMER)).isEqualTo(1);
    }

    @Test
    void aReportAboutNobodyAnUnknownModelOrTheFutureIsRefusedAndLeavesNothing() {
        assertRefused(report("CUST-999999", MODEL, null), HttpStatus.NOT_FOUND, "customerId");
        assertRefused(report("CUST-000322", "PHONE_FROM_NOWHERE", null), HttpStatus.BAD_REQUEST, "deviceModel");
        assertRefused(report("CUST-000322", MODEL, TestClock.now().plus(Duration.ofHours(1)).toString()),
                HttpStatus.BAD_REQUEST, "seenAt");
        assertRefused(report("CUST-000322", "", null), HttpStatus.BAD_REQUEST, "deviceModel");
        assertThat(rows("CUST-000322")).isZero();
    }

    private void assertRefused(ResponseEntity<String> answer, HttpStatus status, String field) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(JsonPath.<String>read(answer.getBody(), "$.field")).isEqualTo(field);
    }

    private long rows(String customer) {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.device_usage WHERE customer_id = ?").param(customer).query(Long.class).single();
    }

    private ResponseEntity<String> report(String customer, String model, String seenAt) {
        String body = "{\"customerId\": \"%s\", \"deviceModel\": \"%s\"%s}".formatted(customer, model,
                seenAt == null ? "" : ", \"seenAt\": \"" + seenAt + "\"");
        return TestHttp.client(port).mutate().defaultHeaders(headers -> headers.setBasicAuth("channel", "demo")).build()
                .post().uri("/api/devices/sightings").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class);
    }
}
