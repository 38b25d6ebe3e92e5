package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A billing run for load tests and benchmarks: thousands of self-cure debtors (first reminder after
 * five days) whose invoices all become overdue on the same day, handed to the intake at once.
 */
public final class BillingRun {

    /** The collection strategy's wait before the friendly reminder of these debtors (SELF_CURE). */
    public static final Duration FIRST_REMINDER_AFTER = Duration.ofDays(5);

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final int size;

    public BillingRun(JdbcTemplate jdbc, String prefix, int size) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.size = size;
    }

    /** Writes the debtors in batches: a customer, a line, e-mail service consent and one overdue invoice each. */
    public void seedDebtors(LocalDate today) {
        List<Object[]> customers = new ArrayList<>();
        List<Object[]> invoices = new ArrayList<>();
        List<Object[]> owners = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = customer(i);
            customers.add(new Object[] {id, "+34 633 %s%07d".formatted(prefix, i)});
            owners.add(new Object[] {id});
            invoices.add(new Object[] {"INV-" + id, id, today.minusDays(17), today.minusDays(3)});
        }
        jdbc.batchUpdate("""
                INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                VALUES (?, 'Load Debtor', ?, 'load@example.org', 'POSTPAID', 'MASS', DATE '2020-01-01', 900, 30, 'Z99', FALSE)""",
                customers);
        jdbc.batchUpdate("""
                INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee)
                VALUES ('SUB-' || ?, ?, 'MOBILE', 'Essential', '5G', 30)""",
                owners.stream().map(row -> new Object[] {row[0], row[0]}).toList());
        // consented a year before the billing run, on the run's own calendar (not the database's clock)
        jdbc.batchUpdate("""
                INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at)
                VALUES (?, 'SERVICE', 'EMAIL', TRUE, ?)""", owners.stream()
                .map(owner -> new Object[] {owner[0], java.sql.Date.valueOf(today.minusYears(1))}).toList());
        jdbc.batchUpdate("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on) VALUES (?, ?, 60, ?, ?)", invoices);
    }

    /** Hands every overdue invoice to the intake from {@code threads} callers at once; answers how long it took. */
    public Duration startJourneys(MomentIntake intake, int threads, Instant occurredAt) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<MomentAnswer>> calls = IntStream.range(0, size).mapToObj(i -> callers.submit(() -> intake.receive(new Moment(
                    "billing-" + customer(i), customer(i), MomentType.INVOICE_OVERDUE, Channel.WEB, occurredAt,
                    Map.of(InvoiceOverdue.INVOICE_FIELD, "INV-" + customer(i)))))).toList();
            for (Future<MomentAnswer> call : calls) {
                call.get();
            }
        } finally {
            callers.shutdown();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Waits until {@code reached} says all journeys got there; answers how long that took, or fails after the timeout. */
    public Duration await(String what, LongSupplier reached, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long count;
        while ((count = reached.getAsLong()) < size) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(count + " of " + size + " journeys " + what + " within " + timeout);
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public long remindersQueued(JdbcTemplate template) {
        Long count = template.queryForObject("""
                SELECT COUNT(*) FROM cvm.outbox_message WHERE template = 'dunning-friendly-reminder' AND customer_id LIKE ?""",
                Long.class, customerIdPattern());
        return count == null ? 0 : count;
    }

    /** A LIKE pattern that matches this run's debtors and no one else. */
    public String customerIdPattern() {
        return "CUST-LOAD" + prefix + "%";
    }

    /** The i-th debtor of this run. */
    public String customer(int i) {
        return "CUST-LOAD%s%06d".formatted(prefix, i);
    }
}
