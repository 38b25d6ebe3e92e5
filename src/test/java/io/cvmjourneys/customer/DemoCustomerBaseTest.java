package io.cvmjourneys.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.testsupport.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo base as the demo shows it: written on the first start, and for every decision policy
 * there are customers it applies to, in believable numbers, as the context reads them.
 */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
class DemoCustomerBaseTest {

    /** Child tables first: the order a wipe must take. */
    private static final List<String> TABLES = List.of("payment", "invoice", "subscription", "contact_history", "consent",
            "complaint", "service_incident", "customer");
    private static final Instant NOW = TestClock.DEFAULT;
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    @Autowired
    DemoCustomerBase demoCustomerBase;
    @Autowired
    CustomerDirectory directory;
    @Autowired
    JdbcClient jdbc;

    /** A policy of the playbook, the customers it applies to (SQL), and how the context shows it. */
    record Policy(String name, String customersSql, double minShare, double maxShare, Predicate<CustomerContext> shows) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Policy> policies() {
        return Stream.of(
                new Policy("delinquent", "SELECT customer_id FROM cvm.invoice WHERE paid_on IS NULL AND due_on < :today",
                        0.06, 0.10, context -> context.billing().daysDelinquent() >= 5
                                && context.billing().daysDelinquent() <= 90),
                new Policy("in an outage area", """
                        SELECT c.id FROM cvm.customer c JOIN cvm.service_incident i ON i.area_code = c.area_code
                        WHERE i.resolved_at IS NULL""", 0.05, 0.15, context -> !context.openIncidentsInArea().isEmpty()),
                new Policy("open complaint", "SELECT customer_id FROM cvm.complaint WHERE resolved_at IS NULL",
                        0.03, 0.06, CustomerContext::hasOpenComplaint),
                new Policy("complaint resolved in the last 14 days",
                        "SELECT customer_id FROM cvm.complaint WHERE resolved_at >= :twoWeeksAgo", 0.015, 0.05,
                        context -> context.lastComplaintResolvedAt().orElseThrow().isAfter(NOW.minus(Duration.ofDays(14)))),
                new Policy("contract ending within 60 days",
                        "SELECT customer_id FROM cvm.subscription WHERE contract_end BETWEEN :today AND :in60Days", 0.07, 0.13,
                        context -> context.daysToContractEnd(TODAY).orElseThrow() <= 60),
                new Policy("device lease ending within 60 days",
                        "SELECT customer_id FROM cvm.subscription WHERE device_lease_end BETWEEN :today AND :in60Days",
                        0.07, 0.13, context -> context.daysToDeviceLeaseEnd(TODAY).orElseThrow() <= 60),
                new Policy("no marketing by SMS", """
                        SELECT id FROM cvm.customer c WHERE NOT EXISTS (SELECT 1 FROM cvm.consent k WHERE k.customer_id = c.id
                        AND k.purpose = 'MARKETING' AND k.channel = 'SMS' AND k.granted = TRUE)""", 0.5, 0.9,
                        context -> !context.hasConsent(ConsentPurpose.MARKETING, Channel.SMS)),
                new Policy("no consent at all", """
                        SELECT id FROM cvm.customer c
                        WHERE NOT EXISTS (SELECT 1 FROM cvm.consent k WHERE k.customer_id = c.id AND k.granted = TRUE)""",
                        0.01, 0.06, context -> context.consents().isEmpty()),
                new Policy("2 or more SMS in the last 7 days", """
                        SELECT customer_id FROM cvm.contact_history WHERE channel = 'SMS' AND contacted_at >= :weekAgo
                        GROUP BY customer_id HAVING COUNT(*) >= 2""", 0.04, 0.15,
                        context -> context.contactsSince(Channel.SMS, NOW.minus(Duration.ofDays(7))) >= 2),
                new Policy("own quiet hours", "SELECT id FROM cvm.customer WHERE quiet_from IS NOT NULL", 0.015, 0.05,
                        context -> context.customer().quietFrom() != null && context.customer().quietUntil() != null),
                new Policy("vulnerable", "SELECT id FROM cvm.customer WHERE vulnerable = TRUE", 0.005, 0.03,
                        context -> context.customer().vulnerable()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void everyPolicyMeetsSomebody(Policy policy) {
        List<String> customers = jdbc.sql("SELECT DISTINCT * FROM (" + policy.customersSql() + ") matches ORDER BY 1")
                .params(Map.of("today", TODAY, "in60Days", TODAY.plusDays(60),
                        "weekAgo", NOW.minus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC),
                        "twoWeeksAgo", NOW.minus(Duration.ofDays(14)).atOffset(ZoneOffset.UTC)))
                .query(String.class).list();

        assertThat(customers.size() / (double) DemoCustomerBase.SIZE).as("%s: %d customers", policy, customers.size())
                .isBetween(policy.minShare(), policy.maxShare());
        assertThat(directory.context(customers.get(0))).as(customers.get(0)).hasValueSatisfying(context ->
                assertThat(policy.shows().test(context)).as("%s shows in the context of %s", policy, customers.get(0))
                        .isTrue());
    }

    @Test
    void theFirstStartWritesFiveThousandCustomersIncludingThoseWhoAskToLeave() {
        assertThat(count("customer")).isEqualTo(DemoCustomerBase.SIZE);
        for (String asksToLeave : List.of("CUST-000007", "CUST-000019", "CUST-000023", "CUST-000042", "CUST-000058")) {
            assertThat(directory.context(asksToLeave)).as(asksToLeave).hasValueSatisfying(context ->
                    assertThat(context.activeJourneys()).as("the demo cancellation request of " + asksToLeave).isNotEmpty());
        }
    }

    @Test
    void aBaseThatIsThereIsLeftAlone() {
        String before = digest();

        demoCustomerBase.run(null);

        assertThat(digest()).isEqualTo(before);
    }

    /** Same seed, same day, fresh tables: the very same rows again, and within seconds. */
    @Test
    void regeneratingIntoEmptyTablesWritesTheSameBaseQuickly() {
        String first = digest();
        jdbc.sql("DELETE FROM cvm.billing_address").update(); // the demo moves' addresses refer to customers
        TABLES.forEach(table -> jdbc.sql("DELETE FROM cvm." + table).update());

        long started = System.nanoTime();
        demoCustomerBase.run(null);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(digest()).isEqualTo(first);
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM cvm." + table).query(Long.class).single();
    }

    /** Every row of every table (contact ids aside: the identity keeps counting), hashed in a stable order. */
    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : TABLES) {
                String columns = table.equals("contact_history")
                        ? "customer_id, channel, action_id, decision_id, contacted_at" : "*";
                jdbc.sql("SELECT " + columns + " FROM cvm." + table + " ORDER BY 1, 2, 3, 4, 5").query().listOfRows()
                        .forEach(row -> sha.update(row.toString().getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
