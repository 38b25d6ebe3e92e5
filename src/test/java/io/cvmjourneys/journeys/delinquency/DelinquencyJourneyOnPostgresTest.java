package io.cvmjourneys.journeys.delinquency;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOnPostgres;
import io.cvmjourneys.testsupport.JourneyOverRest;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey on PostgreSQL through the REST APIs, as the real users drive it: billing reports the
 * overdue invoice, reminders go out, the call-center agent records a dispute with the agent's
 * credentials, CX rejects it with CX's, an agent's next-best-action answer offers a payment plan and
 * no offers meanwhile, and the payment system reports the payment. Only time is moved by the test.
 */
@JourneyOnPostgres
class DelinquencyJourneyOnPostgresTest {

    private static final String CUSTOMER = "CUST-DMPG01";

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoBillingRunLeavesCallsInTheCallCenterQueue() {
        String calls = rest().as("agent").get().uri("/engine-rest/task?processDefinitionKey=delinquency-management"
                + "&taskDefinitionKey=Task_CallCustomer&maxResults=50").retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(calls, "$[*].name"))
                .containsOnly("Call the customer about the overdue invoice").hasSize(DemoOverdueInvoices.WAITING_FOR_A_CALL);
    }

    @Test
    void aDisputedInvoiceIsReviewedByCxAndTheLatePaymentCuresTheAccount() {
        new DebtorFixture(jdbc).debtor(CUSTOMER, "MASS", false, BigDecimal.valueOf(80), 1, today());
        String overdue = "{\"invoiceId\": \"INV-" + CUSTOMER + "\"}";
        ResponseEntity<String> started = moment("evt-dm-1", "INVOICE_OVERDUE", overdue);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(started.getBody(), "$.processInstanceId");
        assertThat(moment("evt-dm-1", "INVOICE_OVERDUE", overdue).getBody()).isEqualTo(started.getBody());
        assertThat(JsonPath.<String>read(moment("evt-dm-2", "INVOICE_OVERDUE", overdue).getBody(), "$.status"))
                .isEqualTo("ALREADY_ACTIVE");
        assertThat(moment("evt-dm-3", "INVOICE_OVERDUE", "{\"invoiceId\": \"INV-NONE\"}").getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        passTime(journey, Duration.ZERO);
        passTime(journey, Duration.ofDays(1));
        passTime(journey, Duration.ofDays(5));
        passTime(journey, Duration.ofDays(3));
        assertThat(templatesSent()).containsExactly("dunning-friendly-reminder", "dunning-second-reminder");

        String nextBest = rest().as("agent").get().uri("/api/customers/{id}/next-best-actions?moment=CALL_CENTER_CONTACT&channel=CALL_CENTER",
                CUSTOMER).retrieve().body(String.class);
        assertThat(JsonPath.<List<String>>read(nextBest, "$.actions[*].actionId")).contains("PAYMENT_PLAN");
        assertThat(JsonPath.<List<String>>read(nextBest, "$.suppressed[?(@.rule == 'Journey precedence')].actionId"))
                .contains("LOYALTY_REWARD");

        String call = rest().claimTask(journey, "agent", "Task_CallCustomer");
        assertThat(rest().as("store").get().uri("/engine-rest/task/{id}", call).retrieve().toEntity(String.class)
                .getStatusCode().is2xxSuccessful()).as("a store agent does not see a call-center task").isFalse();
        assertThat(rest().complete("agent", call, """
                {"customerResponse": {"value": "DISPUTE"}, "disputeReason": {"value": "Roaming charges I never made"}}""")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String review = rest().claimTask(journey, "cx", "Task_ReviewDispute");
        assertThat(rest().complete("agent", review, "{\"disputeDecision\": {\"value\": \"UPHELD\"}}").getStatusCode()
                .is4xxClientError()).as("an agent cannot decide a dispute").isTrue();
        assertThat(rest().complete("cx", review, "{\"disputeDecision\": {\"value\": \"REJECTED\"}, \"disputeNote\": {\"value\": \"Used abroad\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> paid = moment("evt-dm-4", "PAYMENT_RECEIVED", "{\"amount\": 80}");
        assertThat(JsonPath.<String>read(paid.getBody(), "$.status")).isEqualTo("CORRELATED");
        passTime(journey, Duration.ZERO);
        assertThat(jdbc.sql("SELECT paid_on FROM cvm.invoice WHERE id = ?").param("INV-" + CUSTOMER)
                .query(LocalDate.class).single()).isNotNull();
        assertThat(JsonPath.<String>read(moment("evt-dm-5", "SURVEY_ANSWERED", "{\"score\": 9}").getBody(), "$.status"))
                .isEqualTo("CORRELATED");

        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(journey).variableName("outcome")
                .singleResult().getValue()).isEqualTo("CURED");
        assertThat(jdbc.sql("SELECT step || ' ' || outcome FROM cvm.collection_step WHERE process_instance_id = ? ORDER BY recorded_at, reference")
                .param(journey).query(String.class).list())
                .containsExactly("dunning-friendly-reminder SENT", "dunning-second-reminder SENT", "DISPUTE REJECTED", "PAYMENT CURED");
    }

    private static LocalDate today() {
        return TestClock.today();
    }

    private void passTime(String journey, Duration duration) {
        EngineClock.passTime(managementService, journey, duration);
    }

    private List<String> templatesSent() {
        return jdbc.sql("SELECT template FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id").param(CUSTOMER)
                .query(String.class).list();
    }

    private ResponseEntity<String> moment(String eventId, String type, String data) {
        return rest().moment(eventId, CUSTOMER, type, "WEB", data);
    }

    private JourneyOverRest rest() {
        return new JourneyOverRest(port);
    }
}
