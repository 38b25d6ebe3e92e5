package io.cvmjourneys.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers a test writes into the base itself, so it knows every fact the decisions read. */
public final class TestCustomers {

    /**
     * Five years with us, high value, two mobile lines and no home connection: a household the
     * family-line offer does not fit, the broadband bundle does. No consent yet.
     */
    public static String loyalHighValue(JdbcClient jdbc, String id, String area) {
        LocalDate today = TestClock.today();
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Loyal Tester', ?, 'POSTPAID', 'HIGH_VALUE', ?, 2600, 58, ?, FALSE)""")
                .params(id, "+34 699 " + id.substring(5), today.minusYears(5), area).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'MOBILE', 'Unlimited', '5G', 58, ?)""")
                .params("SUB-" + id, id, today.plusDays(300)).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee)
                        VALUES (?, ?, 'MOBILE', 'SIM only', '5G', 12)""")
                .params("SUB-" + id + "-2", id).update();
        return id;
    }

    /** The customer agreed to hear about the purpose (MARKETING, SERVICE) through the channel. */
    public static void consents(JdbcClient jdbc, String id, String purpose, String channel) {
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(id, purpose, channel, Timestamp.from(TestClock.now().minusSeconds(86_400 * 30))).update();
    }

    /** The operator reached the customer through the channel at that time. */
    public static void contacted(JdbcClient jdbc, String id, String channel, Instant at) {
        jdbc.sql("INSERT INTO cvm.contact_history (customer_id, channel, action_id, decision_id, contacted_at) VALUES (?, ?, ?, NULL, ?)")
                .params(id, channel, "USAGE_TIP", Timestamp.from(at)).update();
    }

    private TestCustomers() {
    }
}
