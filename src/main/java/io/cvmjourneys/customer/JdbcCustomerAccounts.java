package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcCustomerAccounts implements CustomerAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCustomerAccounts(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public void applyDiscount(String customerId, int percentOff, int months, LocalDate effectiveOn, String reference) {
        record(reference, customerId, "DISCOUNT", percentOff, months, null, null, effectiveOn);
    }

    @Override
    @Transactional
    public void cancelSubscriptions(String customerId, LocalDate effectiveOn, String reason, String reference) {
        if (record(reference, customerId, "CANCELLATION", null, null, null, reason, effectiveOn)) {
            jdbc.sql("UPDATE cvm.subscription SET cancelled_on = ? WHERE customer_id = ? AND cancelled_on IS NULL")
                    .params(effectiveOn, customerId).update();
        }
    }

    @Override
    @Transactional
    public void reactivateSubscriptions(String customerId, LocalDate effectiveOn, String reference) {
        if (record(reference, customerId, "REACTIVATION", null, null, null, null, effectiveOn)) {
            jdbc.sql("UPDATE cvm.subscription SET cancelled_on = NULL WHERE customer_id = ? AND cancelled_on IS NOT NULL")
                    .param(customerId).update();
        }
    }

    @Override
    @Transactional
    public void applyCredit(String customerId, BigDecimal amount, String reason, LocalDate effectiveOn, String reference) {
        record(reference, customerId, "CREDIT", null, null, amount, reason, effectiveOn);
    }

    /** Answers whether the change is new; a known reference was applied before and changes nothing. */
    private boolean record(String reference, String customerId, String kind, Integer percentOff, Integer months,
                           BigDecimal amount, String reason, LocalDate effectiveOn) {
        if (jdbc.sql("SELECT COUNT(*) FROM cvm.account_change WHERE reference = ?").param(reference)
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO cvm.account_change (reference, customer_id, kind, percent_off, months, amount, reason,
                                                        effective_on, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, customerId, kind, percentOff, months, amount, reason, effectiveOn,
                        Timestamp.from(clock.instant()))
                .update();
        return true;
    }
}
