package io.cvmjourneys.kpi;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What a success is worth and a journey costs, per program, as the CVM manager last set it. */
@Repository
class BusinessCases {

    record BusinessCase(BigDecimal benefitPerSuccess, BigDecimal costPerJourney) {
        static final BusinessCase NOT_SET = new BusinessCase(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private final JdbcClient jdbc;

    BusinessCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, BusinessCase> all() {
        return jdbc.sql("SELECT program, benefit_per_success, cost_per_journey FROM cvm.kpi_business_case")
                .query((row, n) -> Map.entry(row.getString("program"),
                        new BusinessCase(row.getBigDecimal("benefit_per_success"), row.getBigDecimal("cost_per_journey"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Transactional
    void set(String program, BusinessCase businessCase, String changedBy, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE cvm.kpi_business_case SET benefit_per_success = ?, cost_per_journey = ?, changed_by = ?, changed_at = ?
                        WHERE program = ?""")
                .params(businessCase.benefitPerSuccess(), businessCase.costPerJourney(), changedBy, Timestamp.from(at), program)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO cvm.kpi_business_case (program, benefit_per_success, cost_per_journey, changed_by, changed_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(program, businessCase.benefitPerSuccess(), businessCase.costPerJourney(), changedBy, Timestamp.from(at))
                    .update();
        }
    }
}
