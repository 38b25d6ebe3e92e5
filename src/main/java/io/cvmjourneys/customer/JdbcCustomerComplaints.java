package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcCustomerComplaints implements CustomerComplaints {

    private final JdbcClient jdbc;

    JdbcCustomerComplaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void file(String complaintId, String customerId, Channel channel, String category, String summary,
                     Instant filedAt) {
        jdbc.sql("""
                        INSERT INTO cvm.complaint (id, customer_id, channel, category, summary, filed_at)
                        SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM cvm.complaint WHERE id = ?)""")
                .params(complaintId, customerId, channel.name(), category, summary, Timestamp.from(filedAt), complaintId)
                .update();
    }

    @Override
    public Optional<String> lastActionReceived(String customerId, Instant since) {
        return jdbc.sql("""
                        SELECT action_id FROM cvm.contact_history WHERE customer_id = ? AND contacted_at >= ?
                        ORDER BY contacted_at DESC FETCH FIRST 1 ROWS ONLY""")
                .params(customerId, Timestamp.from(since))
                .query(String.class)
                .optional();
    }

    @Override
    @Transactional
    public void triage(String complaintId, String category, String severity, String rootCause, String linkedActionId,
                       String linkedProgram) {
        jdbc.sql("""
                        UPDATE cvm.complaint SET category = ?, severity = ?, root_cause = ?, linked_action_id = ?,
                                                 linked_program = ? WHERE id = ?""")
                .params(category, severity, rootCause, linkedActionId, linkedProgram, complaintId)
                .update();
    }

    @Override
    @Transactional
    public void resolve(String complaintId, Instant resolvedAt) {
        jdbc.sql("UPDATE cvm.complaint SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL")
                .params(Timestamp.from(resolvedAt), complaintId).update();
    }

    @Override
    public ComplaintRate complaintRate(String actionId, Instant since) {
        return complaintRate(actionId, "", List.of(actionId, Timestamp.from(since)));
    }

    @Override
    public ComplaintRate complaintRate(String actionId, Instant from, Instant until) {
        return complaintRate(actionId, " AND %s < ?", List.of(actionId, Timestamp.from(from), Timestamp.from(until)));
    }

    /** @param end the window's end as a clause on the time column ({@code %s}), or nothing for a window up to now */
    private ComplaintRate complaintRate(String actionId, String end, List<Object> params) {
        long complaints = jdbc.sql("SELECT COUNT(*) FROM cvm.complaint WHERE linked_action_id = ? AND filed_at >= ?"
                        + end.formatted("filed_at"))
                .params(params).query(Long.class).single();
        long deliveries = jdbc.sql("SELECT COUNT(*) FROM cvm.contact_history WHERE action_id = ? AND contacted_at >= ?"
                        + end.formatted("contacted_at"))
                .params(params).query(Long.class).single();
        return new ComplaintRate(actionId, complaints, deliveries);
    }
}
