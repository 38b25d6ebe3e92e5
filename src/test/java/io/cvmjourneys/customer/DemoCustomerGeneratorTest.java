package io.cvmjourneys.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.customer.CustomerBase.Owned;
import java.math.BigDecimal;
import io.cvmjourneys.testsupport.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo base as a pure function: reproducible, current whatever the day, and never ahead of today. */
class DemoCustomerGeneratorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final ZoneId ZONE = TestClock.OPERATOR_ZONE;
    private static final CustomerBase BASE = DemoCustomerGenerator.generate(DemoCustomerBase.SEED, DemoCustomerBase.SIZE, DAY, ZONE);

    @Test
    void theSameSeedOnTheSameDayGivesTheSameBase() {
        assertThat(DemoCustomerGenerator.generate(DemoCustomerBase.SEED, DemoCustomerBase.SIZE, DAY, ZONE)).isEqualTo(BASE);
        assertThat(DemoCustomerGenerator.generate(DemoCustomerBase.SEED + 1, DemoCustomerBase.SIZE, DAY, ZONE)).isNotEqualTo(BASE);
    }

    @Test
    void aDayLaterTheSamePeopleHaveEverythingOneDayLater() {
        CustomerBase tomorrow = DemoCustomerGenerator.generate(DemoCustomerBase.SEED, DemoCustomerBase.SIZE, DAY.plusDays(1), ZONE);

        assertThat(tomorrow.customers()).hasSameSizeAs(BASE.customers());
        for (int i = 0; i < BASE.customers().size(); i++) {
            Customer today = BASE.customers().get(i);
            Customer next = tomorrow.customers().get(i);
            assertThat(next.name()).isEqualTo(today.name());
            assertThat(next.phone()).isEqualTo(today.phone());
            assertThat(next.customerSince()).isEqualTo(today.customerSince().plusDays(1));
        }
        assertThat(tomorrow.invoices().get(0).dueOn()).isEqualTo(BASE.invoices().get(0).dueOn().plusDays(1));
    }

    @Test
    void fiveThousandCustomersWithIdsInSequenceAndAPhoneEach() {
        assertThat(BASE.customers()).hasSize(5000);
        assertThat(BASE.customers().get(0).id()).isEqualTo("CUST-000001");
        assertThat(BASE.customers().get(4999).id()).isEqualTo("CUST-005000");
        assertThat(BASE.customers().stream().map(Customer::phone).distinct()).hasSize(5000);
        assertThat(BASE.customers()).allSatisfy(customer -> assertThat(customer.phone()).matches("\\+44 7\\d{3} \\d{6}"));
    }

    @Test
    void typesAndSegmentsGoTogetherWithWhatTheyPay() {
        assertThat(BASE.customers()).extracting(Customer::type).containsOnly(CustomerType.values());
        assertThat(BASE.customers()).extracting(Customer::segment).containsOnly(Segment.values());
        assertThat(BASE.customers()).filteredOn(customer -> customer.type() == CustomerType.PREPAID)
                .extracting(Customer::segment).containsOnly(Segment.MASS, Segment.HIGH_VALUE);
        assertThat(BASE.customers()).allSatisfy(customer -> {
            assertThat(customer.customerSince()).isBetween(DAY.minusYears(15), DAY.minusMonths(6));
            assertThat(customer.clv()).isGreaterThan(customer.arpu().multiply(BigDecimal.TEN));
        });
        assertThat(averageArpu(Segment.VIP)).isGreaterThan(averageArpu(Segment.HIGH_VALUE));
        assertThat(averageArpu(Segment.HIGH_VALUE)).isGreaterThan(averageArpu(Segment.MASS));
        assertThat(BASE.subscriptions()).extracting(owned -> owned.item().technology()).filteredOn(technology ->
                !technology.endsWith("G")).containsOnly("FIBRE", "COPPER", "FIXED_WIRELESS");
    }

    @Test
    void whatHappenedHappenedBeforeToday() {
        Instant midnight = DAY.atStartOfDay(ZONE).toInstant();
        Stream<Instant> moments = Stream.of(
                BASE.contacts().stream().map(Owned::item).map(Contact::contactedAt),
                BASE.complaints().stream().map(Owned::item).map(Complaint::filedAt),
                BASE.payments().stream().map(CustomerBase.Payment::paidAt),
                BASE.incidents().stream().map(incident -> incident.incident().startedAt())).flatMap(stream -> stream);

        assertThat(moments).allSatisfy(moment -> assertThat(moment).isBefore(midnight));
        assertThat(BASE.invoices()).allSatisfy(invoice -> assertThat(invoice.issuedOn()).isBeforeOrEqualTo(DAY));
    }

    private double averageArpu(Segment segment) {
        return BASE.customers().stream().filter(customer -> customer.segment() == segment)
                .mapToDouble(customer -> customer.arpu().doubleValue()).average().orElseThrow();
    }
}
