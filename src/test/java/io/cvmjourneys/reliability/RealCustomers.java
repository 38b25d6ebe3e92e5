package io.cvmjourneys.reliability;

import io.cvmjourneys.testsupport.TestClock;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers {@link RealTasks} starts journeys for, written straight to the customer tables, dated from today. */
final class RealCustomers {

    private final JdbcClient jdbc;

    RealCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
