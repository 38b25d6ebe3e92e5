package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only: the billing run of the demo's past. It issues a customer's bill on the day the demo's
 * clock shows, due two weeks later. The generated base has nobody who pays late or by direct debit,
 * so for the customers the payments program should meet that way it adds the bills they paid late
 * in the months before, or the mandate their bank pays by.
 */
@Component
@Profile("demo")
public class DemoBillingRun {

    static final int DAYS_TO_PAY = 14;
    private static final LocalTime PAID_AT = LocalTime.of(12, 0);

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoBillingRun(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues the customer's bill of their usual amount today; answers its id. */
    @Transactional
    public String issue(String customerId) {
        LocalDate today = LocalDate.now(clock);
        String id = "INV-B-" + customerId + "-" + today;
        jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, ?, ?, ?, NULL)")
                .params(id, customerId, usualAmount(customerId), Date.valueOf(today), Date.valueOf(today.plusDays(DAYS_TO_PAY)))
                .update();
        return id;
    }

    /** The customer paid their bills of the last {@code months} months {@code daysLate} days after the due date. */
    @Transactional
    public void paidLateBefore(String customerId, int months, int daysLate) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal amount = usualAmount(customerId);
        for (int month = 1; month <= months; month++) {
            LocalDate due = today.minusMonths(month);
            String id = "INV-L-" + customerId + "-" + due;
            jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, customerId, amount, Date.valueOf(due.minusDays(DAYS_TO_PAY)), Date.valueOf(due),
                            Date.valueOf(due.plusDays(daysLate))).update();
            jdbc.sql("INSERT INTO cvm.payment (id, customer_id, invoice_id, amount, paid_at) VALUES (?, ?, ?, ?, ?)")
                    .params("PAY-" + id, customerId, id, amount,
                            Timestamp.from(due.plusDays(daysLate).atTime(PAID_AT).atZone(clock.getZone()).toInstant())).update();
        }
    }

    /** The customer's bank has paid their bills by direct debit for a while already. */
    public void paysByDirectDebit(String customerId) {
        jdbc.sql("INSERT INTO cvm.direct_debit (customer_id, set_up_at, reference) VALUES (?, ?, ?)")
                .params(customerId, Timestamp.from(clock.instant().minus(Duration.ofDays(200))), "demo-mandate-" + customerId)
                .update();
    }

    private BigDecimal usualAmount(String customerId) {
        return jdbc.sql("SELECT arpu FROM cvm.customer WHERE id = ?").param(customerId).query(BigDecimal.class).single();
    }
}
