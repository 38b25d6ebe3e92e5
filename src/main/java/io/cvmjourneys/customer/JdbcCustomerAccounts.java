package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcCustomerAccounts implements CustomerAccounts {

    private final JdbcClient jdbc;
    private final AccountChanges changes;

    JdbcCustomerAccounts(JdbcClient jdbc, AccountChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Override
    @Transactional
    public void applyDiscount(String customerId, int percentOff, int months, LocalDate effectiveOn, String reference) {
        record(reference, customerId, "DISCOUNT", percentOff, months, null, effectiveOn);
    }

    @Override
    @Transactional
    public void cancelSubscriptions(String customerId, LocalDate effectiveOn, String reason, String reference) {
        if (record(reference, customerId, "CANCELLATION", null, null, reason, effectiveOn)) {
            jdbc.sql("UPDATE cvm.subscription SET cancelled_on = ? WHERE customer_id = ? AND cancelled_on IS NULL")
                    .params(effectiveOn, customerId).update();
        }
    }

    @Override
    @Transactional
    public void reactivateSubscriptions(String customerId, LocalDate effectiveOn, String reference) {
        if (record(reference, customerId, "REACTIVATION", null, null, null, effectiveOn)) {
            jdbc.sql("UPDATE cvm.subscription SET cancelled_on = NULL WHERE customer_id = ? AND cancelled_on IS NOT NULL")
                    .param(customerId).update();
        }
    }

    @Override
    @Transactional
    public void applyCredit(String customerId, BigDecimal amount, String reason, LocalDate effectiveOn, String reference) {
        changes.record(new AccountChanges.Change(reference, customerId, "CREDIT", null, null, reason, amount, effectiveOn));
    }

    @Override
    public void addCharge(String customerId, BigDecimal amount, String reason, LocalDate effectiveOn, String reference) {
        changes.record(new AccountChanges.Change(reference, customerId, "CHARGE", null, null, reason, amount, effectiveOn));
    }

    @Override
    public void capRoamingData(String customerId, String reason, LocalDate effectiveOn, String reference) {
        record(reference, customerId, "ROAMING_DATA_CAP", null, null, reason, effectiveOn);
    }

    @Override
    @Transactional
    public void renewContract(String customerId, String subscriptionId, String plan, BigDecimal monthlyFee, int months,
                              LocalDate effectiveOn, String reference) {
        if (record(reference, customerId, "RENEWAL", null, months, plan, effectiveOn)) {
            jdbc.sql("UPDATE cvm.subscription SET plan = ?, monthly_fee = ?, contract_end = ? WHERE id = ? AND customer_id = ?")
                    .params(plan, monthlyFee, effectiveOn.plusMonths(months), subscriptionId, customerId).update();
        }
    }

    @Override
    public void changePlan(String customerId, String subscriptionId, String plan, BigDecimal monthlyFee, LocalDate effectiveOn,
                           String reference) {
        if (record(reference, customerId, "PLAN_CHANGE", null, null, plan, effectiveOn)) {
            jdbc.sql("UPDATE cvm.subscription SET plan = ?, monthly_fee = ? WHERE id = ? AND customer_id = ?")
                    .params(plan, monthlyFee, subscriptionId, customerId).update();
        }
    }

    private boolean record(String reference, String customerId, String kind, Integer percentOff, Integer months,
                           String reason, LocalDate effectiveOn) {
        return changes.record(new AccountChanges.Change(reference, customerId, kind, percentOff, months, reason, null,
                effectiveOn));
    }
}
