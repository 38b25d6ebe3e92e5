package io.cvmjourneys.customer;

import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.engine.JourneyRuntime;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.KnownCustomers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
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
    /** Customers read together: few round trips for a campaign's audience, IN lists both databases plan well. */
    static final int CHUNK = 500;

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

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerContext> context(String customerId) {
        return contexts(List.of(customerId)).stream().findFirst();
    }

    /**
     * One read-only transaction, so all parts describe the same moment: per chunk of customers the
     * seven queries in one batch (one round trip on PostgreSQL), then the engine for their journeys.
     */
    @Override
    @Transactional(readOnly = true)
    public List<CustomerContext> contexts(List<String> customerIds) {
        Instant now = clock.instant();
        List<CustomerContext> contexts = new ArrayList<>(customerIds.size());
        for (int from = 0; from < customerIds.size(); from += CHUNK) {
            contexts.addAll(chunk(customerIds.subList(from, Math.min(customerIds.size(), from + CHUNK)), now));
        }
        return contexts;
    }

    private List<CustomerContext> chunk(List<String> customerIds, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        String ids = "(" + String.join(", ", Collections.nCopies(customerIds.size(), "?")) + ")";
        Object[] keys = customerIds.toArray();
        QueryBatch reads = new QueryBatch();
        QueryBatch.Query<Customer> customers = reads.add("""
                SELECT id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable,
                       quiet_from, quiet_until
                FROM cvm.customer WHERE id IN""" + ids, CustomerRows::customer, keys);
        QueryBatch.Query<Owned<Subscription>> subscriptions = reads.add("""
                SELECT customer_id, id, product_type, plan, technology, monthly_fee, contract_end, device_model,
                       device_lease_end
                FROM cvm.subscription WHERE cancelled_on IS NULL AND customer_id IN""" + ids + " ORDER BY id",
                owned(CustomerRows::subscription), keys);
        // unpaid invoices summed up in the database; overdue means the due date has passed (due today is not late)
        QueryBatch.Query<Owned<Billing>> billing = reads.add("""
                SELECT customer_id, COALESCE(SUM(amount), 0) AS open_balance,
                       COALESCE(SUM(CASE WHEN due_on < ? THEN 1 ELSE 0 END), 0) AS overdue_invoices,
                       MIN(CASE WHEN due_on < ? THEN due_on END) AS oldest_overdue_due_date
                FROM cvm.invoice WHERE paid_on IS NULL AND customer_id IN""" + ids + " GROUP BY customer_id",
                owned((row, rowNumber) -> {
                    LocalDate oldestOverdue = row.getObject("oldest_overdue_due_date", LocalDate.class);
                    int daysDelinquent = oldestOverdue == null ? 0 : (int) ChronoUnit.DAYS.between(oldestOverdue, today);
                    return new Billing(row.getBigDecimal("open_balance"), row.getInt("overdue_invoices"), daysDelinquent,
                            oldestOverdue);
                }), parameters(List.of(today, today), keys));
        QueryBatch.Query<Incident> incidents = reads.add("""
                SELECT id, area_code, kind, title, started_at FROM cvm.service_incident
                WHERE started_at <= ? AND (resolved_at IS NULL OR resolved_at > ?)
                AND area_code IN (SELECT area_code FROM cvm.customer WHERE id IN""" + ids + """
                ) ORDER BY started_at DESC""", CustomerRows::incident,
                parameters(List.of(CustomerRows.timestamp(now), CustomerRows.timestamp(now)), keys));
        QueryBatch.Query<Owned<Contact>> contacts = reads.add("""
                SELECT customer_id, channel, action_id, decision_id, contacted_at FROM cvm.contact_history
                WHERE contacted_at >= ? AND customer_id IN""" + ids + " ORDER BY contacted_at DESC", owned(CustomerRows::contact),
                parameters(List.of(CustomerRows.timestamp(now.minus(Duration.ofDays(properties.contactWindowDays())))), keys));
        QueryBatch.Query<Owned<Consent>> consents = reads.add("""
                SELECT customer_id, purpose, channel FROM cvm.consent
                WHERE granted = TRUE AND customer_id IN""" + ids + " ORDER BY purpose, channel", owned(CustomerRows::consent),
                keys);
        QueryBatch.Query<Owned<Complaint>> complaints = reads.add("""
                SELECT customer_id, id, channel, category, summary, filed_at, resolved_at FROM cvm.complaint
                WHERE (resolved_at IS NULL OR resolved_at >= ?) AND customer_id IN""" + ids + " ORDER BY filed_at DESC",
                owned(CustomerRows::complaint), parameters(List.of(CustomerRows.timestamp(
                        now.minus(Duration.ofDays(properties.complaintWindowDays())))), keys));
        reads.run(template);
        Map<String, List<ActiveJourney>> journeysOf = journeys.activeJourneys(customers.rows().stream()
                .map(Customer::id).toList());
        Map<String, Customer> found = new HashMap<>();
        customers.rows().forEach(customer -> found.put(customer.id(), customer));
        Map<String, List<Subscription>> subscriptionsOf = byCustomer(subscriptions.rows());
        Map<String, List<Billing>> billingOf = byCustomer(billing.rows());
        Map<String, List<Incident>> incidentsIn = incidents.rows().stream().collect(Collectors.groupingBy(Incident::areaCode));
        Map<String, List<Contact>> contactsOf = byCustomer(contacts.rows());
        Map<String, List<Consent>> consentsOf = byCustomer(consents.rows());
        Map<String, List<Complaint>> complaintsOf = byCustomer(complaints.rows());
        return customerIds.stream().filter(found::containsKey).distinct().map(id -> {
            Customer customer = found.get(id);
            return new CustomerContext(customer, subscriptionsOf.getOrDefault(id, List.of()),
                    billingOf.getOrDefault(id, List.of(Billing.NOTHING_DUE)).get(0),
                    incidentsIn.getOrDefault(customer.areaCode(), List.of()), contactsOf.getOrDefault(id, List.of()),
                    new LinkedHashSet<>(consentsOf.getOrDefault(id, List.of())), complaintsOf.getOrDefault(id, List.of()),
                    journeysOf.getOrDefault(id, List.of()), now);
        }).toList();
    }

    /** A row of a customer's table with the customer it belongs to. */
    private record Owned<T>(String customerId, T item) {
    }

    private static <T> RowMapper<Owned<T>> owned(RowMapper<T> mapper) {
        return (row, rowNumber) -> new Owned<>(row.getString("customer_id"), mapper.mapRow(row, rowNumber));
    }

    private static <T> Map<String, List<T>> byCustomer(List<Owned<T>> rows) {
        Map<String, List<T>> byCustomer = new HashMap<>();
        rows.forEach(row -> byCustomer.computeIfAbsent(row.customerId(), id -> new ArrayList<>()).add(row.item()));
        return byCustomer;
    }

    private static Object[] parameters(List<Object> first, Object[] keys) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(Arrays.asList(keys));
        return all.toArray();
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
