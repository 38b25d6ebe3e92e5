package io.cvmjourneys.customer;

import static io.cvmjourneys.customer.CustomerFixture.AREA;
import static io.cvmjourneys.customer.CustomerFixture.NOW;
import static io.cvmjourneys.customer.CustomerFixture.RICH;
import static io.cvmjourneys.customer.CustomerFixture.SPARE;
import static io.cvmjourneys.customer.CustomerFixture.SPARSE;
import static io.cvmjourneys.customer.CustomerFixture.TODAY;
import static io.cvmjourneys.customer.CustomerFixture.ago;
import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.journeys.cancellation.CancellationVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customer context as the pipeline sees it, read from the fixture customers. The clock stands
 * still at {@link CustomerFixture#NOW}, so windows and days overdue are exact.
 */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
@Import(CustomerDirectoryTest.StoppedClock.class)
abstract class CustomerDirectoryTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class StoppedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    CustomerDirectory directory;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;

    @BeforeEach
    void fixtureCustomers() {
        if (directory.context(RICH).isEmpty()) {
            new CustomerBaseWriter(jdbcTemplate).write(CustomerFixture.customers());
        }
    }

    @Test
    void contextCarriesProfileProductsAndConsents() {
        CustomerContext context = directory.context(RICH).orElseThrow();

        assertThat(context.customer().name()).isEqualTo("Zebedee Quixworth");
        assertThat(context.customer().vulnerable()).isTrue();
        assertThat(context.customer().quietFrom()).isEqualTo(LocalTime.of(21, 0));
        assertThat(context.customer().quietUntil()).isEqualTo(LocalTime.of(8, 0));
        assertThat(context.tenureMonths(TODAY)).isEqualTo(72);
        assertThat(context.subscriptions()).extracting(Subscription::plan).containsExactly("Unlimited", "Essential 20GB");
        assertThat(context.daysToContractEnd(TODAY)).contains(45L);
        assertThat(context.daysToDeviceLeaseEnd(TODAY)).contains(20L);
        assertThat(context.consents()).containsExactlyInAnyOrder(new Consent(ConsentPurpose.SERVICE, Channel.SMS),
                new Consent(ConsentPurpose.MARKETING, Channel.EMAIL));
        assertThat(context.hasConsent(ConsentPurpose.MARKETING, Channel.SMS)).as("withdrawn").isFalse();
        assertThat(context.readAt()).isEqualTo(NOW);
    }

    @Test
    void billingCountsUnpaidInvoicesAndDaysSinceTheOldestFellDue() {
        Billing billing = directory.context(RICH).orElseThrow().billing();

        assertThat(billing.openBalance()).isEqualByComparingTo("125.50");
        assertThat(billing.overdueInvoices()).isEqualTo(2);
        assertThat(billing.daysDelinquent()).isEqualTo(40);
        assertThat(billing.oldestOverdueDueDate()).isEqualTo(TODAY.minusDays(40));
        assertThat(billing.isDelinquent()).isTrue();

        Billing nothingDue = directory.context(SPARSE).orElseThrow().billing();
        assertThat(nothingDue.openBalance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(nothingDue.overdueInvoices()).isZero();
        assertThat(nothingDue.daysDelinquent()).isZero();
        assertThat(nothingDue.isDelinquent()).isFalse();
    }

    @Test
    void onlyOpenIncidentsInTheCustomersOwnAreaCount() {
        assertThat(directory.context(RICH).orElseThrow().openIncidentsInArea())
                .containsExactly(new Incident("INC-ZZ1-OPEN", AREA, "MOBILE_OUTAGE", "Mast down in ZZ1", ago(1)));
        assertThat(directory.context(SPARSE).orElseThrow().openIncidentsInArea()).isEmpty();
    }

    @Test
    void contactsOfTheLastThirtyDaysNewestFirst() {
        CustomerContext context = directory.context(RICH).orElseThrow();

        assertThat(context.recentContacts()).containsExactly(new Contact(Channel.SMS, "usage-tip", "decision-1", ago(2)),
                new Contact(Channel.EMAIL, "retention-offer", null, ago(29)));
        assertThat(context.contactsSince(Channel.SMS, ago(7))).isEqualTo(1);
    }

    @Test
    void complaintsStillOpenOrResolvedInTheLastNinetyDays() {
        CustomerContext context = directory.context(RICH).orElseThrow();

        assertThat(context.recentComplaints()).extracting(Complaint::id)
                .containsExactly("CMP-900001-OPEN", "CMP-900001-RECENT");
        assertThat(context.hasOpenComplaint()).isTrue();
        assertThat(context.lastComplaintResolvedAt()).contains(ago(10));
    }

    @Test
    void aRecordedContactShowsInTheNextRead() {
        directory.recordContact(SPARE, Channel.PUSH, "fibre-upgrade-offer", "decision-42", ago(1));

        assertThat(directory.context(SPARE).orElseThrow().recentContacts())
                .containsExactly(new Contact(Channel.PUSH, "fibre-upgrade-offer", "decision-42", ago(1)));
    }

    @Test
    void runningJourneysShowWithTheStepTheyWaitAt() {
        String journey = runtimeService.startProcessInstanceByKey(CancellationVariables.PROCESS_ID, SPARE,
                Map.of(JourneyStartVariables.CUSTOMER_ID, SPARE, JourneyStartVariables.CHANNEL, "CALL_CENTER",
                        CancellationVariables.REASON, "PRICE")).getId();

        CustomerContext context = directory.context(SPARE).orElseThrow();

        assertThat(context.activeJourneys()).containsExactly(new ActiveJourney(CancellationVariables.PROCESS_ID, journey,
                List.of("Present retention offer")));
        assertThat(context.isInJourney(CancellationVariables.PROCESS_ID)).isTrue();
        assertThat(directory.context(SPARSE).orElseThrow().activeJourneys()).isEmpty();
    }

    @Test
    void anUnknownCustomerHasNoContext() {
        assertThat(directory.context("CUST-999999")).isEmpty();
    }

    @Test
    void searchFindsByIdNameOrPhoneWithTheExactIdFirst() {
        assertThat(idsFound(RICH.toLowerCase())).containsExactly(RICH, SPARE);
        assertThat(idsFound("quixWORTH")).containsExactly(SPARE, SPARSE, RICH);
        assertThat(idsFound("+44 20 7946 0002")).containsExactly(SPARSE);
        assertThat(idsFound("2079460002")).containsExactly(SPARSE);
        assertThat(idsFound("quixworth", 2)).hasSize(2);
        assertThat(idsFound("%")).as("wildcards are literal").isEmpty();
    }

    private List<String> idsFound(String query) {
        return idsFound(query, 20);
    }

    private List<String> idsFound(String query, int limit) {
        return directory.search(query, limit).stream().map(CustomerSummary::id).toList();
    }
}
