package io.cvmjourneys.journeys.billshock;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A bill far above the usual on PostgreSQL through the REST API: the billing run hands it in, an
 * agent calls before it goes out and explains it, and three weeks on the customer has not
 * complained. Only time is moved.
 */
class BillShockJourneyOnPostgresTest extends JourneyOverRestOnPostgres {

    @Test
    void aLargeIncreaseIsExplainedOnTheCallBeforeTheBillGoesOut() {
        String customer = "CUST-PGBS01";
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Brian Billed', '+44 7700 900501', 'brian@example.org', 'POSTPAID', 'MASS', DATE '2019-01-01',
                                2000, 30, 'ZZ', FALSE)""").param(customer).update();
        for (int month = 1; month <= 3; month++) {
            LocalDate issued = TestClock.today().minusMonths(month);
            jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, 30, ?, ?, ?)")
                    .params("INV-PGBS-" + month, customer, issued, issued.plusDays(14), issued.plusDays(9)).update();
        }

        ResponseEntity<String> prepared = people.moment("evt-bs-1", customer, "BILL_PREPARED", "WEB",
                "{\"amount\": 184.50, \"cause\": \"ROAMING\"}");
        assertThat(prepared.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(prepared.getBody(), "$.processInstanceId");
        EngineClock.runDueJobs(managementService, journey);
        String call = people.claimTask(journey, "agent", "Task_CallAboutHighBill");
        assertThat(people.complete("agent", call, "{\"billCallResult\": {\"value\": \"EXPLAINED\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        EngineClock.passTime(managementService, journey, Duration.ofDays(21));

        assertThat(JourneyRecords.outcome(historyService, journey)).isEqualTo("EXPLAINED");
        assertThat(JourneyRecords.queuedMessages(jdbc, customer)).as("reached on the call: no message besides").isEmpty();
    }
}
