package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcCustomerCollections implements CustomerCollections {

    private static final String OPEN_INVOICE = "SELECT id, customer_id, amount, due_on FROM cvm.invoice WHERE paid_on IS NULL";

    private final JdbcClient jdbc;
    private final AccountChanges changes;
    /** A payment's day is the operator's calendar day it came in. */
    private final ZoneId zone;

    JdbcCustomerCollections(JdbcClient jdbc, AccountChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.zone = clock.getZone();
    }

    @Override
    public Optional<OpenInvoice> openInvoice(String customerId, String invoiceId) {
        return jdbc.sql(OPEN_INVOICE + " AND customer_id = ? AND id = ?").params(customerId, invoiceId)
                .query(JdbcCustomerCollections::invoice).optional();
    }

    @Override
    public int latePaymentsInYearBefore(String customerId, LocalDate today) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM cvm.invoice WHERE customer_id = ? AND due_on >= ? AND due_on < ?
                        AND paid_on > due_on""")
                .params(customerId, today.minusYears(1), today)
                .query(Integer.class).single();
    }

    @Override
    public Optional<BigDecimal> usualBill(String customerId, LocalDate today, int bills) {
        List<BigDecimal> amounts = jdbc.sql("""
                        SELECT amount FROM cvm.invoice WHERE customer_id = ? AND issued_on < ?
                        ORDER BY issued_on DESC, id DESC LIMIT ?""")
                .params(customerId, today, bills).query(BigDecimal.class).list();
        return amounts.isEmpty() ? Optional.empty() : Optional.of(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(amounts.size()), 2, RoundingMode.HALF_UP));
    }

    @Override
    public List<OpenInvoice> overdueInvoices(LocalDate today, int limit) {
        return jdbc.sql(OPEN_INVOICE + " AND due_on < ? ORDER BY due_on, id LIMIT ?").params(today, limit)
                .query(JdbcCustomerCollections::invoice).list();
    }

    @Override
    public Set<Channel> reachableFor(String customerId, ConsentPurpose purpose) {
        return jdbc.sql("""
                        SELECT c.channel FROM cvm.consent c JOIN cvm.customer u ON u.id = c.customer_id
                        WHERE c.customer_id = ? AND c.purpose = ? AND c.granted AND (c.channel <> 'EMAIL' OR u.email IS NOT NULL)""")
                .params(customerId, purpose.name())
                .query((row, n) -> Channel.valueOf(row.getString(1)))
                .set();
    }

    @Override
    @Transactional
    public void bar(String customerId, BarringLevel level, Instant at, String reference) {
        if (changes.record(change(reference, customerId, "BARRING_" + level, null, at))) {
            jdbc.sql("DELETE FROM cvm.barring WHERE customer_id = ?").param(customerId).update();
            jdbc.sql("INSERT INTO cvm.barring (customer_id, barring_level, barred_since, reference) VALUES (?, ?, ?, ?)")
                    .params(customerId, level.name(), Timestamp.from(at), reference).update();
        }
    }

    @Override
    @Transactional
    public boolean liftBarring(String customerId, Instant at, String reference) {
        if (barring(customerId).isEmpty()) {
            return false;
        }
        if (changes.record(change(reference, customerId, "BARRING_LIFTED", null, at))) {
            jdbc.sql("DELETE FROM cvm.barring WHERE customer_id = ?").param(customerId).update();
        }
        return true;
    }

    @Override
    public Optional<BarringLevel> barring(String customerId) {
        return jdbc.sql("SELECT barring_level FROM cvm.barring WHERE customer_id = ?").param(customerId)
                .query(String.class).optional().map(BarringLevel::valueOf);
    }

    @Override
    @Transactional
    public void settleInvoice(String customerId, String invoiceId, Instant paidAt, String reference) {
        Optional<OpenInvoice> invoice = openInvoice(customerId, invoiceId);
        if (invoice.isPresent() && changes.record(change(reference, customerId, "PAYMENT", invoice.get().amount(), paidAt))) {
            jdbc.sql("INSERT INTO cvm.payment (id, customer_id, invoice_id, amount, paid_at) VALUES (?, ?, ?, ?, ?)")
                    .params(reference, customerId, invoiceId, invoice.get().amount(), Timestamp.from(paidAt)).update();
            close(invoiceId, paidAt.atZone(zone).toLocalDate());
        }
    }

    @Override
    @Transactional
    public void creditInvoice(String customerId, String invoiceId, LocalDate on, String reason, String reference) {
        Optional<OpenInvoice> invoice = openInvoice(customerId, invoiceId);
        if (invoice.isPresent() && changes.record(new AccountChanges.Change(reference, customerId, "CREDIT", null, null,
                reason, invoice.get().amount(), on))) {
            close(invoiceId, on);
        }
    }

    @Override
    @Transactional
    public Instalment startPaymentPlan(String customerId, String invoiceId, int instalments, LocalDate firstDueOn,
                                       Instant at, String reference) {
        OpenInvoice invoice = openInvoice(customerId, invoiceId).orElseThrow(() -> new IllegalStateException(
                "Invoice " + invoiceId + " of customer " + customerId + " is not open: no payment plan to start"));
        if (changes.record(change(reference, customerId, "PAYMENT_PLAN", invoice.amount(), at))) {
            jdbc.sql("""
                            INSERT INTO cvm.payment_plan (id, customer_id, invoice_id, total, instalments, status, agreed_at)
                            VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)""")
                    .params(reference, customerId, invoiceId, invoice.amount(), instalments, Timestamp.from(at)).update();
            BigDecimal each = invoice.amount().divide(BigDecimal.valueOf(instalments), 2, RoundingMode.DOWN);
            for (int number = 1; number <= instalments; number++) {
                // the last instalment takes the cents the division left over
                BigDecimal amount = number < instalments ? each
                        : invoice.amount().subtract(each.multiply(BigDecimal.valueOf(instalments - 1L)));
                jdbc.sql("INSERT INTO cvm.payment_plan_instalment (plan_id, seq_no, amount, due_on) VALUES (?, ?, ?, ?)")
                        .params(reference, number, amount, firstDueOn.plusMonths(number - 1L)).update();
            }
        }
        return nextOpenInstalment(reference).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<Instalment> payInstalment(String planId, Instant paidAt) {
        LocalDate paidOn = paidAt.atZone(zone).toLocalDate();
        nextOpenInstalment(planId).ifPresent(instalment -> jdbc.sql(
                        "UPDATE cvm.payment_plan_instalment SET paid_on = ? WHERE plan_id = ? AND seq_no = ?")
                .params(paidOn, planId, instalment.number()).update());
        Optional<Instalment> next = nextOpenInstalment(planId);
        if (next.isEmpty()) {
            jdbc.sql("UPDATE cvm.payment_plan SET status = 'PAID_OFF', closed_at = ? WHERE id = ? AND status = 'ACTIVE'")
                    .params(Timestamp.from(paidAt), planId).update();
            jdbc.sql("SELECT invoice_id FROM cvm.payment_plan WHERE id = ?").param(planId).query(String.class).optional()
                    .ifPresent(invoiceId -> close(invoiceId, paidOn));
        }
        return next;
    }

    @Override
    @Transactional
    public void breakPaymentPlan(String planId, Instant at) {
        jdbc.sql("UPDATE cvm.payment_plan SET status = 'BROKEN', closed_at = ? WHERE id = ? AND status = 'ACTIVE'")
                .params(Timestamp.from(at), planId).update();
    }

    @Override
    @Transactional
    public void handOffToCollections(String customerId, String invoiceId, Instant at, String reference) {
        openInvoice(customerId, invoiceId).ifPresent(invoice ->
                changes.record(change(reference, customerId, "COLLECTIONS", invoice.amount(), at)));
    }

    private Optional<Instalment> nextOpenInstalment(String planId) {
        return jdbc.sql("""
                        SELECT i.plan_id, i.seq_no, p.instalments, i.amount, i.due_on
                        FROM cvm.payment_plan_instalment i JOIN cvm.payment_plan p ON p.id = i.plan_id
                        WHERE i.plan_id = ? AND i.paid_on IS NULL ORDER BY i.seq_no""")
                .param(planId)
                .query((row, n) -> new Instalment(row.getString("plan_id"), row.getInt("seq_no"), row.getInt("instalments"),
                        row.getBigDecimal("amount"), row.getObject("due_on", LocalDate.class)))
                .list().stream().findFirst();
    }

    private void close(String invoiceId, LocalDate on) {
        jdbc.sql("UPDATE cvm.invoice SET paid_on = ? WHERE id = ? AND paid_on IS NULL").params(on, invoiceId).update();
    }

    @Override
    public boolean paysByDirectDebit(String customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.direct_debit WHERE customer_id = ?").param(customerId)
                .query(Long.class).single() > 0;
    }

    @Override
    @Transactional
    public void setUpDirectDebit(String customerId, Instant at, String reference) {
        if (!paysByDirectDebit(customerId) && changes.record(change(reference, customerId, "DIRECT_DEBIT", null, at))) {
            jdbc.sql("INSERT INTO cvm.direct_debit (customer_id, set_up_at, reference) VALUES (?, ?, ?)")
                    .params(customerId, Timestamp.from(at), reference).update();
        }
    }

    private AccountChanges.Change change(String reference, String customerId, String kind, BigDecimal amount,
                                         Instant at) {
        return new AccountChanges.Change(reference, customerId, kind, null, null, null, amount,
                at.atZone(zone).toLocalDate());
    }

    private static OpenInvoice invoice(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new OpenInvoice(row.getString("id"), row.getString("customer_id"), row.getBigDecimal("amount"),
                row.getObject("due_on", LocalDate.class));
    }
}
