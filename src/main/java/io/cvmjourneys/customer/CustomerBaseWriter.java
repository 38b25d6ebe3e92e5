package io.cvmjourneys.customer;

import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a customer base with JDBC batches, one per table; the caller owns the transaction. */
class CustomerBaseWriter {

    private static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    CustomerBaseWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(CustomerBase base) {
        insert("""
                INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code,
                                          vulnerable, quiet_from, quiet_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", base.customers(), customer -> new Object[] {
                customer.id(), customer.name(), customer.phone(), customer.email(), customer.type().name(),
                customer.segment().name(), customer.customerSince(), customer.clv(), customer.arpu(), customer.areaCode(),
                customer.vulnerable(), customer.quietFrom(), customer.quietUntil()});
        insert("""
                INSERT INTO cvm.subscription (id, customer_id, product_type, plan, technology, monthly_fee, contract_end,
                                              device_model, device_lease_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", base.subscriptions(), owned -> new Object[] {
                owned.item().id(), owned.customerId(), owned.item().productType(), owned.item().plan(),
                owned.item().technology(), owned.item().monthlyFee(), owned.item().contractEnd(),
                owned.item().deviceModel(), owned.item().deviceLeaseEnd()});
        insert("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on, paid_on) VALUES (?, ?, ?, ?, ?, ?)",
                base.invoices(), invoice -> new Object[] {invoice.id(), invoice.customerId(), invoice.amount(),
                        invoice.issuedOn(), invoice.dueOn(), invoice.paidOn()});
        insert("INSERT INTO cvm.payment (id, customer_id, invoice_id, amount, paid_at) VALUES (?, ?, ?, ?, ?)",
                base.payments(), payment -> new Object[] {payment.id(), payment.customerId(), payment.invoiceId(),
                        payment.amount(), CustomerRows.timestamp(payment.paidAt())});
        insert("""
                INSERT INTO cvm.service_incident (id, area_code, kind, title, started_at, resolved_at)
                VALUES (?, ?, ?, ?, ?, ?)""", base.incidents(), row -> new Object[] {
                row.incident().id(), row.incident().areaCode(), row.incident().kind(), row.incident().title(),
                CustomerRows.timestamp(row.incident().startedAt()), CustomerRows.timestamp(row.resolvedAt())});
        insert("""
                INSERT INTO cvm.contact_history (customer_id, channel, action_id, decision_id, contacted_at)
                VALUES (?, ?, ?, ?, ?)""", base.contacts(), owned -> new Object[] {
                owned.customerId(), owned.item().channel().name(), owned.item().actionId(), owned.item().decisionId(),
                CustomerRows.timestamp(owned.item().contactedAt())});
        insert("INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at) VALUES (?, ?, ?, ?, ?)",
                base.consents(), decision -> new Object[] {decision.customerId(), decision.consent().purpose().name(),
                        decision.consent().channel().name(), decision.granted(),
                        CustomerRows.timestamp(decision.decidedAt())});
        insert("""
                INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at, resolved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", base.complaints(), owned -> new Object[] {
                owned.item().id(), owned.customerId(), owned.item().channel().name(), owned.item().category(),
                owned.item().summary(), CustomerRows.timestamp(owned.item().filedAt()),
                CustomerRows.timestamp(owned.item().resolvedAt())});
    }

    private <T> void insert(String sql, List<T> rows, Function<T, Object[]> columns) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            List<T> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
            jdbc.batchUpdate(sql, batch.stream().map(columns).toList());
        }
    }
}
