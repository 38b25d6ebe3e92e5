package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The journal of changes journeys made to accounts, once per reference (see {@link CustomerAccounts}). */
@Component
class AccountChanges {

    record Change(String reference, String customerId, String kind, Integer percentOff, Integer months, String reason,
                  BigDecimal amount, LocalDate effectiveOn) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Answers whether the change is new; a known reference was applied before and changes nothing. */
    boolean record(Change change) {
        if (jdbc.sql("SELECT COUNT(*) FROM cvm.account_change WHERE reference = ?").param(change.reference())
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO cvm.account_change (reference, customer_id, kind, percent_off, months, reason, amount,
                                                        effective_on, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(change.reference(), change.customerId(), change.kind(), change.percentOff(), change.months(),
                        change.reason(), change.amount(), change.effectiveOn(), Timestamp.from(clock.instant()))
                .update();
        return true;
    }
}
