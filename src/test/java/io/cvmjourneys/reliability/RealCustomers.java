package io.cvmjourneys.reliability;

import io.cvmjourneys.journeys.delinquency.DebtorFixture;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers {@link RealTasks} starts journeys for, written straight to the customer tables, dated from today. */
final class RealCustomers {

    private final JdbcClient jdbc;

    RealCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A customer with one overdue invoice, its id {@code INV-<id>}, as in the delinquency tests. */
    String debtor(String id, boolean vulnerable, int amount) {
        new DebtorFixture(jdbc).debtor(id, "MASS", vulnerable, BigDecimal.valueOf(amount), 1, TestClock.today());
        return id;
    }

    /** A home broadband customer with service and marketing consents, as in the moving-house tests. */
    String homeBroadband(String id, String technology) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Rely Mover', ?, ?, 'HOME', 'MASS', DATE '2025-01-10', 900, 35, 'B', FALSE)""")
                .params(id, "+44 7700 900" + id.substring(id.length() - 3), id.toLowerCase() + "@example.org").update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'BROADBAND', 'Home broadband', ?, 35, ?)""")
                .params("SUB-" + id, id, technology, TestClock.today().plusMonths(18)).update();
        for (String purpose : List.of("MARKETING", "SERVICE")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, 'EMAIL', TRUE, ?)")
                    .params(id, purpose, Timestamp.from(TestClock.now())).update();
        }
        return id;
    }

    /** A VIP whose lease ends within the upgrade window, with service consent: upgrade-eligible, as in the device tests. */
    String upgradeEligible(String id) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Rely Store', ?, ?, 'POSTPAID', 'VIP', DATE '2015-06-01', 9000, 90, 'ZZ', FALSE)""")
                .params(id, "+34 699 100 " + id.substring(id.length() - 3), id.toLowerCase() + "@example.org").update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end,
                                                      device_model, device_lease_end)
                        VALUES (?, ?, 'MOBILE', 'Unlimited Max', '5G', 90, ?, 'iPhone 15', ?)""")
                .params("SUB-" + id, id, TestClock.today().plusMonths(13), TestClock.today().plusDays(40)).update();
        for (String consented : List.of("EMAIL", "SMS")) {
            jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', ?, TRUE, ?)")
                    .params(id, consented, Timestamp.from(TestClock.now())).update();
        }
        return id;
    }
}
