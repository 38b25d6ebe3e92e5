package io.cvmjourneys.programs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of every program's definition; {@code program} points at the one in force. */
@Repository
class ProgramVersions {

    private static final String VERSION_COLUMNS = "v.program, v.version, v.name, v.purpose, v.owner, v.business_outcomes,"
            + " v.customer_outcomes, v.status, v.changed_by, v.changed_at, v.change_reason";

    private final JdbcClient jdbc;

    ProgramVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgramDefinition> current() {
        return inForce("", List.of());
    }

    Optional<ProgramDefinition> current(String id) {
        return inForce(" AND p.id = ?", List.of(id)).stream().findFirst();
    }

    /** The versions in force of the programs the filter keeps, by name. */
    private List<ProgramDefinition> inForce(String filter, List<Object> params) {
        Map<String, List<ProgramKpi>> kpis = grouped(jdbc.sql("SELECT k.program, k.measure, k.baseline, k.baseline_on, k.target,"
                        + " k.target_by FROM cvm.program_kpi k JOIN cvm.program p ON p.id = k.program"
                        + " WHERE p.current_version = k.version" + filter + " ORDER BY k.program, k.position")
                .params(params).query((row, n) -> Map.entry(row.getString("program"), kpi(row))).list());
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM cvm.program p JOIN cvm.program_version v"
                        + " ON v.program = p.id AND v.version = p.current_version WHERE 1 = 1" + filter + " ORDER BY v.name")
                .params(params).query((row, n) -> definition(row, kpis)).list();
    }

    /** Newest first. */
    List<ProgramDefinition> history(String id) {
        Map<String, List<ProgramKpi>> kpis = grouped(jdbc.sql("SELECT version, measure, baseline, baseline_on, target, target_by"
                        + " FROM cvm.program_kpi WHERE program = ? ORDER BY version, position")
                .param(id).query((row, n) -> Map.entry(row.getString("version"), kpi(row))).list());
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM cvm.program_version v WHERE v.program = ? ORDER BY v.version DESC")
                .param(id).query((row, n) -> definition(row, Map.of(id, kpis.getOrDefault(row.getString("version"), List.of()))))
                .list();
    }

    /** Adds the version and makes it the one in force; false when another change took its number first. */
    boolean add(ProgramDefinition definition) {
        int moved = definition.version() == 1
                ? jdbc.sql("INSERT INTO cvm.program (id, current_version, status) SELECT ?, 1, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM cvm.program WHERE id = ?)")
                .params(definition.id(), definition.status().name(), definition.id()).update()
                : jdbc.sql("UPDATE cvm.program SET current_version = ?, status = ? WHERE id = ? AND current_version = ?")
                .params(definition.version(), definition.status().name(), definition.id(), definition.version() - 1).update();
        if (moved == 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO cvm.program_version (program, version, name, purpose, owner, business_outcomes,
                            customer_outcomes, status, changed_by, changed_at, change_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(definition.id(), definition.version(), definition.name(), definition.purpose(), definition.owner(),
                        String.join("\n", definition.businessOutcomes()), String.join("\n", definition.customerOutcomes()),
                        definition.status().name(), definition.changedBy(), Timestamp.from(definition.changedAt()),
                        definition.reason())
                .update();
        int position = 0;
        for (ProgramKpi kpi : definition.kpis()) {
            jdbc.sql("""
                            INSERT INTO cvm.program_kpi (program, version, position, measure, baseline, baseline_on, target, target_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(definition.id(), definition.version(), ++position, kpi.measure(), kpi.baseline(),
                            date(kpi.baselineOn()), kpi.target(), date(kpi.targetBy()))
                    .update();
        }
        return true;
    }

    /** The KPIs by the key they were read with, in the order read. */
    private static Map<String, List<ProgramKpi>> grouped(List<Map.Entry<String, ProgramKpi>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static ProgramKpi kpi(ResultSet row) throws SQLException {
        return new ProgramKpi(row.getString("measure"), row.getBigDecimal("baseline"), localDate(row.getDate("baseline_on")),
                row.getBigDecimal("target"), localDate(row.getDate("target_by")));
    }

    private static ProgramDefinition definition(ResultSet row, Map<String, List<ProgramKpi>> kpis) throws SQLException {
        String id = row.getString("program");
        return new ProgramDefinition(id, row.getInt("version"), row.getString("name"), row.getString("purpose"),
                row.getString("owner"), lines(row.getString("business_outcomes")), lines(row.getString("customer_outcomes")),
                kpis.getOrDefault(id, List.of()), ProgramStatus.valueOf(row.getString("status")), row.getString("changed_by"),
                row.getTimestamp("changed_at").toInstant(), row.getString("change_reason"));
    }

    private static List<String> lines(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).toList();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
