package io.cvmjourneys.customer;

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
                        Timestamp.from(expectedFixAt))
                .update();
        return new RecordedIncident(incident, expectedFixAt, null);
    }

    @Override
    public Optional<RecordedIncident> find(String incidentId) {
        return jdbc.sql("""
                        SELECT id, area_code, kind, title, started_at, expected_fix_at, resolved_at
                        FROM cvm.service_incident WHERE id = ?""")
                .param(incidentId)
                .query((row, n) -> new RecordedIncident(CustomerRows.incident(row, n), CustomerRows.instant(row, "expected_fix_at"),
                        CustomerRows.instant(row, "resolved_at")))
                .optional();
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
