package io.cvmjourneys.customer;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: a synthetic base of 5,000 customers on a first run, so that every decision policy
 * meets somebody it applies to. Runs before the demo cancellation requests ({@code @Order(20)}),
 * whose customers must exist; leaves a database that already has customers alone.
 */
@Component
@Profile("demo")
@Order(15)
class DemoCustomerBase implements ApplicationRunner {

    static final long SEED = 20261123L;
    static final int SIZE = 5000;

    private static final Logger log = LoggerFactory.getLogger(DemoCustomerBase.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCustomerBase(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM cvm.customer", Long.class);
        if (existing != null && existing > 0) {
            log.info("Demo customer base: {} customers already there, nothing generated", existing);
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        CustomerBase base = DemoCustomerGenerator.generate(SEED, SIZE, today, clock.getZone());
        transaction.executeWithoutResult(status -> {
            new CustomerBaseWriter(jdbc).write(base);
            DemoVocabulary.LINKED_OFFER_COMPLAINTS.forEach((summary, action) -> jdbc.update(
                    "UPDATE cvm.complaint SET root_cause = 'CVM_OFFER', linked_action_id = ?, linked_program = ? WHERE summary = ?",
                    action.get(0), action.get(1), summary));
        });
        log.info("Demo customer base for {}: {} customers, {} subscriptions, {} invoices, {} payments, {} incidents,"
                        + " {} contacts, {} consent decisions, {} complaints, written in {} ms",
                today, base.customers().size(), base.subscriptions().size(), base.invoices().size(), base.payments().size(),
                base.incidents().size(), base.contacts().size(), base.consents().size(), base.complaints().size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
