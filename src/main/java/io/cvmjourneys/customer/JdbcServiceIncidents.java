package io.cvmjourneys.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcServiceIncidents implements ServiceIncidents {

    private static final String RECORDED = "SELECT id, area_code, kind, title, started_at, expected_fix_at, resolved_at"
            + " FROM cvm.service_incident";

    private final JdbcClient jdbc;

    JdbcServiceIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public RecordedIncident record(Incident incident, Instant expectedFixAt) {
        Optional<RecordedIncident> known = find(incident.id());
        if (known.isPresent()) {
            return known.get();
        }
        jdbc.sql("""
                        INSERT INTO cvm.service_incident (id, area_code, kind, title, started_at, expected_fix_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(incident.id(), incident.areaCode(), incident.kind(), incident.title(), Timestamp.from(incident.startedAt()),
                        expectedFixAt == null ? null : Timestamp.from(expectedFixAt))
                .update();
        return new RecordedIncident(incident, expectedFixAt, null);
    }

    @Override
    public Optional<RecordedIncident> find(String incidentId) {
        return jdbc.sql(RECORDED + " WHERE id = ?").param(incidentId).query(JdbcServiceIncidents::recorded).optional();
    }

    @Override
    public List<RecordedIncident> openAt(Instant at) {
        return jdbc.sql(RECORDED + " WHERE started_at <= ? AND (resolved_at IS NULL OR resolved_at > ?) ORDER BY started_at, id")
                .params(Timestamp.from(at), Timestamp.from(at)).query(JdbcServiceIncidents::recorded).list();
    }

    private static RecordedIncident recorded(ResultSet row, int rowNumber) throws SQLException {
        return new RecordedIncident(CustomerRows.incident(row, rowNumber), CustomerRows.instant(row, "expected_fix_at"),
                CustomerRows.instant(row, "resolved_at"));
    }

    @Override
    public boolean resolve(String incidentId, Instant at) {
        return jdbc.sql("UPDATE cvm.service_incident SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL")
                .params(Timestamp.from(at), incidentId).update() == 1;
    }

    @Override
    public List<String> customersWith(String areaCode, Set<String> productTypes) {
        return jdbc.sql("""
                        SELECT c.id FROM cvm.customer c WHERE c.area_code = :area AND EXISTS (
                            SELECT 1 FROM cvm.subscription s WHERE s.customer_id = c.id AND s.product_type IN (:types)
                                AND s.cancelled_on IS NULL)
                        ORDER BY c.id""")
                .param("area", areaCode).param("types", productTypes)
                .query(String.class).list();
    }
}
