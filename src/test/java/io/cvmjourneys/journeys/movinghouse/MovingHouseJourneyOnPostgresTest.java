package io.cvmjourneys.journeys.movinghouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.cvmjourneys.customer.Address;
import io.cvmjourneys.customer.BillingPeriod;
import io.cvmjourneys.customer.HomeMoves;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.JourneyOnPostgres;
import io.cvmjourneys.testsupport.JourneyOverRest;
import io.cvmjourneys.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The whole journey on PostgreSQL through the REST APIs, as the real users drive it: a channel
 * reports the move (a bad date first), the call-center agent books the installation with the
 * agent's credentials, field operations report it done, the survey answer comes back as a moment.
 * The test runs the journey's due jobs and moves the engine clock, as the job executor and time would.
 */
@JourneyOnPostgres
class MovingHouseJourneyOnPostgresTest {

    private static final String CUSTOMER = "CUST-004444";
    private static final Address OLD_HOME = new Address("High Street", "5", "B1 1AA", "Birmingham");
    /** A demo street where fibre reaches (io.cvmjourneys.network.DemoNetworkPremises). */
    private static final String NEW_HOME = """
            {"street": "Cutting Room Square", "houseNumber": "12", "postcode": "m4 6bf", "city": "Manchester"}""";

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    HomeMoves homeMoves;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCopperCustomerMovesToFibreWithBillingMovedOnTheActivationDayAndAnswersTheSurvey() {
        LocalDate today = TestClock.today();
        LocalDate moveDate = today.plusDays(10);
        aCopperCustomerWithServiceConsentBilledAt(OLD_HOME);
        JourneyOverRest rest = new JourneyOverRest(port);

        ResponseEntity<String> refused = rest.moment("evt-mh-0", CUSTOMER, "MOVE_REQUESTED", "CALL_CENTER",
                "{\"newAddress\": %s, \"moveDate\": \"%s\"}".formatted(NEW_HOME, today.minusDays(1)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(refused.getBody(), "$.field")).isEqualTo("data.moveDate");

        ResponseEntity<String> started = rest.moment("evt-mh-1", CUSTOMER, "MOVE_REQUESTED", "CALL_CENTER",
                "{\"newAddress\": %s, \"moveDate\": \"%s\"}".formatted(NEW_HOME, moveDate));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String journey = JsonPath.read(started.getBody(), "$.processInstanceId");
        EngineClock.runDueJobs(managementService, journey);

        String booking = rest.claimTask(journey, "agent", "Task_ScheduleInstallation");
        assertThat(rest.as("store").get().uri("/engine-rest/task/{id}", booking).retrieve().toEntity(String.class)
                .getStatusCode().is2xxSuccessful()).as("a store agent does not see a call-center task").isFalse();
        String form = rest.as("agent").get().uri("/engine-rest/task/{id}/form-variables", booking).retrieve().body(String.class);
        assertThat(JsonPath.<String>read(form, "$.serviceOption.value")).isEqualTo("UPGRADE");
        assertThat(JsonPath.<Double>read(form, "$.priceDifference.value")).isEqualTo(10.0);
        assertThat(JsonPath.<String>read(form, "$.nextBestAction.value")).isEqualTo("FIBRE_UPGRADE_AT_NEW_ADDRESS");
        assertThat(rest.complete("agent", booking, """
                {"installationDate": {"value": "%s"}, "installationSlot": {"value": "AFTERNOON"},
                 "contactOnTheDay": {"value": "Sam, +44 7700 900456"}, "addOnAccepted": {"value": true}}"""
                .formatted(moveDate.minusDays(1))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        passTimeUntil(journey, moveDate.minusDays(2).atTime(11, 0).toInstant(ZoneOffset.UTC));
        assertThat(templatesQueued()).containsExactly("installation-reminder");
        passTimeUntil(journey, moveDate.minusDays(1).atTime(15, 0).toInstant(ZoneOffset.UTC));
        ResponseEntity<String> installed = rest.moment("evt-mh-2", CUSTOMER, "INSTALLATION_COMPLETED", "CALL_CENTER", "{}");
        assertThat(JsonPath.<String>read(installed.getBody(), "$.status")).isEqualTo("CORRELATED");

        List<BillingPeriod> billing = homeMoves.billingPeriods(CUSTOMER);
        assertThat(billing).extracting(BillingPeriod::address).containsExactly(OLD_HOME,
                new Address("Cutting Room Square", "12", "M4 6BF", "Manchester"));
        assertThat(billing.get(0).until()).isEqualTo(moveDate.minusDays(2));
        assertThat(billing.get(1).from()).isEqualTo(moveDate.minusDays(1));
        assertThat(jdbc.sql("SELECT technology FROM cvm.subscription WHERE customer_id = ? AND product_type = 'BROADBAND'")
                .param(CUSTOMER).query(String.class).single()).isEqualTo("FIBRE");

        EngineClock.passTime(managementService, journey, Duration.ofDays(3));
        assertThat(templatesQueued()).containsExactly("installation-reminder", "tnps-survey");
        ResponseEntity<String> survey = rest.moment("evt-mh-3", CUSTOMER, "SURVEY_ANSWERED", "CALL_CENTER", "{\"score\": 9}");
        assertThat(JsonPath.<String>read(survey.getBody(), "$.status")).isEqualTo("CORRELATED");

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(journey).singleResult().getEndTime())
                .isNotNull();
        assertThat(variable(journey, "outcome")).isEqualTo("MOVED");
        assertThat(variable(journey, MovingHouseVariables.DISRUPTION_DAYS)).isEqualTo(0);
        assertThat(jdbc.sql("""
                        SELECT o.outcome FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id
                        WHERE d.customer_id = ? AND d.journey_step = 'CROSS_SELL_UPGRADE' AND o.outcome IS NOT NULL""")
                .param(CUSTOMER).query(String.class).list()).containsExactly("ACCEPTED");
    }

    private void aCopperCustomerWithServiceConsentBilledAt(Address address) {
        jdbc.sql("DELETE FROM cvm.subscription WHERE customer_id = ? AND product_type = 'BROADBAND'").param(CUSTOMER).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee)
                        VALUES ('SUB-MH-4444', ?, 'BROADBAND', 'Broadband 70', 'COPPER', 28.00)""").param(CUSTOMER).update();
        jdbc.sql("DELETE FROM cvm.consent WHERE customer_id = ? AND purpose = 'SERVICE'").param(CUSTOMER).update();
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', 'EMAIL', TRUE, ?)")
                .params(CUSTOMER, java.sql.Timestamp.from(TestClock.now())).update();
        homeMoves.startBilling(CUSTOMER, address, LocalDate.parse("2020-01-01"), "integration-test-" + CUSTOMER);
    }

    private void passTimeUntil(String journey, Instant until) {
        EngineClock.passTime(managementService, journey, Duration.between(TestClock.now(), until));
    }

    private List<String> templatesQueued() {
        return jdbc.sql("SELECT template FROM cvm.outbox_message WHERE customer_id = ? ORDER BY id")
                .param(CUSTOMER).query(String.class).list();
    }

    private Object variable(String journey, String name) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(journey).variableName(name)
                .singleResult().getValue();
    }
}
