package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.testsupport.TestClock;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers who owe money, written straight to the customer tables the journey reads. */
public final class DebtorFixture {

    private final JdbcClient jdbc;

    public DebtorFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A customer with one overdue invoice (its id is {@code INV-<customer>}), due three days before
     * {@code today}, {@code latePayments} invoices paid late in the year before, service consent for e-mail.
     */
    public void debtor(String customerId, String segment, boolean vulnerable, BigDecimal amount, int latePayments, LocalDate today) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, 'Dana Debtor', ?, 'dana@example.org', 'POSTPAID', ?, DATE '2021-05-01', 1500, 45, 'A01', ?)""")
                .params(customerId, "+34 622 " + customerId.replaceAll("\\D", ""), segment, vulnerable).update();
        jdbc.sql("""
                        INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end)
                        VALUES (?, ?, 'MOBILE', 'Essential 20GB', '5G', 45, DATE '2027-06-30')""")
                .params("SUB-" + customerId, customerId).update();
        jdbc.sql("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, 'SERVICE', 'EMAIL', TRUE, ?)")
                .params(customerId, Timestamp.from(TestClock.now().minus(Duration.ofDays(400)))).update();
        invoice("INV-" + customerId, customerId, amount, today.minusDays(3), null);
        for (int i = 1; i <= latePayments; i++) {
            LocalDate due = today.minusMonths(i + 1L);
            invoice("INV-" + customerId + "-LATE-" + i, customerId, BigDecimal.valueOf(45), due, due.plusDays(9));
        }
    }

    private void invoice(String id, String customerId, BigDecimal amount, LocalDate dueOn, LocalDate paidOn) {
        jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, customerId, amount, dueOn.minusDays(14), dueOn, paidOn).update();
    }
}
