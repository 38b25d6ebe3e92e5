package io.cvmjourneys.customer;

import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.KnownCustomers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer tables read with plain SQL: the context takes one query per table, sent together
 * ({@link QueryBatch}), plus one question to the journey runtime, whatever the customer has (see
 * {@link #QUERIES_PER_CONTEXT}).
 */
@Repository
class JdbcCustomerDirectory implements CustomerDirectory, KnownCustomers {

    /** customer, subscription, invoice, service_incident, contact_history, consent, complaint. */
    static final int QUERIES_PER_CONTEXT = 7;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CustomerSearch search;
    private final JourneyRuntime journeys;
    private final CustomerProperties properties;
    private final Clock clock;

    JdbcCustomerDirectory(JdbcClient jdbc, JdbcTemplate template, CustomerSearch search, JourneyRuntime journeys, CustomerProperties properties,
                          Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.search = search;
        this.journeys = journeys;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One read-only transaction, so all parts describe the same moment; the seven queries in one batch
     * (one round trip on PostgreSQL), then the engine for the customer's journeys.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerContext> context(String customerId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        QueryBatch reads = new QueryBatch();
        QueryBatch.Query<Customer> customer = reads.add("""
                SELECT id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable,
                       quiet_from, quiet_until
                FROM cvm.customer WHERE id = ?""", CustomerRows::customer, customerId);
        QueryBatch.Query<Subscription> subscriptions = reads.add("""
                SELECT id, product_type, plan, technology, monthly_fee, contract_end, device_model, device_lease_end
                FROM cvm.subscription WHERE customer_id = ? AND cancelled_on IS NULL ORDER BY id""",
                CustomerRows::subscription, customerId);
        // unpaid invoices summed up in the database; overdue means the due date has passed (due today is not late)
        QueryBatch.Query<Billing> billing = reads.add("""
                SELECT COALESCE(SUM(amount), 0) AS open_balance,
                       COALESCE(SUM(CASE WHEN due_on < ? THEN 1 ELSE 0 END), 0) AS overdue_invoices,
                       MIN(CASE WHEN due_on < ? THEN due_on END) AS oldest_overdue_due_date
                FROM cvm.invoice WHERE customer_id = ? AND paid_on IS NULL""", (row, rowNumber) -> {
                    LocalDate oldestOverdue = row.getObject("oldest_overdue_due_date", LocalDate.class);
                    int daysDelinquent = oldestOverdue == null ? 0 : (int) ChronoUnit.DAYS.between(oldestOverdue, today);
                    return new Billing(row.getBigDecimal("open_balance"), row.getInt("overdue_invoices"), daysDelinquent,
                            oldestOverdue);
                }, today, today, customerId);
        QueryBatch.Query<Incident> incidents = reads.add("""
                SELECT id, area_code, kind, title, started_at FROM cvm.service_incident
                WHERE area_code = (SELECT area_code FROM cvm.customer WHERE id = ?)
                AND started_at <= ? AND (resolved_at IS NULL OR resolved_at > ?)
                ORDER BY started_at DESC""", CustomerRows::incident, customerId, CustomerRows.timestamp(now), CustomerRows.timestamp(now));
        QueryBatch.Query<Contact> contacts = reads.add("""
                SELECT channel, action_id, decision_id, contacted_at FROM cvm.contact_history
                WHERE customer_id = ? AND contacted_at >= ? ORDER BY contacted_at DESC""", CustomerRows::contact,
                customerId, CustomerRows.timestamp(now.minus(Duration.ofDays(properties.contactWindowDays()))));
        QueryBatch.Query<Consent> consents = reads.add("""
                SELECT purpose, channel FROM cvm.consent
                WHERE customer_id = ? AND granted = TRUE ORDER BY purpose, channel""", CustomerRows::consent, customerId);
        QueryBatch.Query<Complaint> complaints = reads.add("""
                SELECT id, channel, category, summary, filed_at, resolved_at FROM cvm.complaint
                WHERE customer_id = ? AND (resolved_at IS NULL OR resolved_at >= ?) ORDER BY filed_at DESC""",
                CustomerRows::complaint, customerId,
                CustomerRows.timestamp(now.minus(Duration.ofDays(properties.complaintWindowDays()))));
        reads.run(template);
        return customer.rows().stream().findFirst().map(found -> new CustomerContext(found, subscriptions.rows(),
                billing.rows().get(0), incidents.rows(), contacts.rows(), new LinkedHashSet<>(consents.rows()),
                complaints.rows(), journeys.activeJourneys(customerId), now));
    }

    @Override
    public boolean exists(String customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM cvm.customer WHERE id = ?").param(customerId).query(Long.class).single() > 0;
    }

    @Override
    public List<CustomerSummary> search(String query, int limit) {
        return search.find(query, limit);
    }

    @Override
    public void recordContact(String customerId, Channel channel, String actionId, String decisionId, Instant contactedAt) {
        jdbc.sql("""
                        INSERT INTO cvm.contact_history (customer_id, channel, action_id, decision_id, contacted_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(customerId, channel.name(), actionId, decisionId, CustomerRows.timestamp(contactedAt))
                .update();
    }
}
