package io.cvmjourneys.journeys.billpayment;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOverRestOnPostgres;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.testsupport.TestHttp;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Payments on time on PostgreSQL through the REST API: billing issues a bill (twice, as a retried run
 * would), the customer who paid late twice this year is reminded five days before the due date with
 * the direct-debit offer, takes it in the app and pays; collection's journey for an older bill waits
 * for a payment too, so each moment names its journey. The scorecard's CSV counts the bill paid on
 * time. Only time is moved.
 */
class BillPaymentJourneyOnPostgresTest extends JourneyOverRestOnPostgres {

    private static final String CUSTOMER = "CUST-PGBP01";

    @Test
    void aLatePayerIsRemindedTakesDirectDebitAndPaysOnTime() {
        LocalDate today = TestClock.today();
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Pat Payer', '+44 7700 900801', 'pat@example.org', 'POSTPAID', 'MASS', DATE '2019-02-01', 1500, 38, 'ZZ', FALSE)""")
                .param(CUSTOMER).update();
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', 'EMAIL', TRUE, ?)")
                .params(CUSTOMER, Timestamp.from(TestClock.now().minus(Duration.ofDays(300)))).update();
        for (int month = 1; month <= 2; month++) {
            LocalDate due = today.minusMonths(month);
            invoice("INV-PGBP-LATE-" + month, due, due.plusDays(6));
        }
        invoice("INV-PGBP-NEW", today.plusDays(14), null);

        ResponseEntity<String> issued = people.moment("bill-run-1", CUSTOMER, "INVOICE_ISSUED", "WEB", "{\"invoiceId\": \"INV-PGBP-NEW\"}");
        ResponseEntity<String> retried = people.moment("bill-run-1-retry", CUSTOMER, "INVOICE_ISSUED", "WEB",
                "{\"invoiceId\": \"INV-PGBP-NEW\"}");

        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(issued.getBody(), "$.processInstanceId");
        assertThat((String) JsonPath.read(retried.getBody(), "$.status")).isEqualTo("ALREADY_ACTIVE");
        assertThat((String) JsonPath.read(retried.getBody(), "$.processInstanceId")).isEqualTo(journey);
        EngineClock.runDueJobs(managementService, journey);

        EngineClock.passTime(managementService, journey, Duration.ofDays(9));
        assertThat(JourneyRecords.queuedMessages(jdbc, CUSTOMER)).containsExactly("EMAIL payment-reminder", "EMAIL direct-debit-offer");

        assertThat(people.moment("app-answer-1", CUSTOMER, "OFFER_ANSWERED", "APP",
                "{\"answer\": \"ACCEPTED\", \"journey\": \"bill-payment\"}").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(people.moment("bank-1", CUSTOMER, "PAYMENT_RECEIVED", "WEB", "{\"journey\": \"bill-payment\"}").getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        assertThat(JourneyRecords.outcome(historyService, journey)).isEqualTo("PAID_ON_TIME");
        assertThat(jdbc.sql("SELECT paid_on FROM cvm.invoice WHERE id = 'INV-PGBP-NEW'").query(LocalDate.class).single())
                .isEqualTo(today.plusDays(9));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.direct_debit WHERE customer_id = ?").param(CUSTOMER)
                .query(Integer.class).single()).isOne();
        assertThat(JourneyRecords.queuedMessages(jdbc, CUSTOMER)).endsWith("EMAIL direct-debit-confirmed");

        String csv = TestHttp.signedIn(port, "analyst").get().uri("/kpi/scorecard.csv?from={from}&to={to}", today, today.plusDays(9))
                .retrieve().body(String.class);
        assertThat(csv).contains("\r\nbill-payment,1,1,On-time payment rate,100.0,0,0,0,0,");
    }

    private void invoice(String id, LocalDate dueOn, LocalDate paidOn) {
        jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, 38, ?, ?, ?)")
                .params(id, CUSTOMER, Date.valueOf(dueOn.minusDays(14)), Date.valueOf(dueOn), paidOn == null ? null : Date.valueOf(paidOn))
                .update();
    }
}
