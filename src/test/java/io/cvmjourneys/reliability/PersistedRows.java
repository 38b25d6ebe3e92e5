package io.cvmjourneys.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows a request could leave behind, counted: moments, journeys and their variables, tasks, the
 * outbox, the decision log, deployed models, the action catalog's pauses, device sightings, business
 * cases. Tests drive the engine's jobs and the outbox themselves, so nothing else moves these counts
 * while a case runs.
 */
final class PersistedRows {

    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        count("cvm.moment_event");
        count("cvm.outbox_message");
        count("cvm.nba_decision");
        count("cvm.nba_offer");
        count("cvm.complaint");
        count("cvm.device_usage");
        count("cvm.kpi_business_case");
        count("cvm.program");
        count("cvm.program_version");
        count("cvm.program_kpi");
        count("cvm.nba_lever_version");
        count("cvm.campaign");
        count("cvm.campaign_change");
        count("cvm.campaign_recipient");
        count("cvm.propensity_snapshot");
        count("cvm.propensity_cell");
        count("cvm.model_change");
        count("cvm.model_change_step");
        COUNTS.put("cvm.campaign status", "SELECT COALESCE(SUM(version), 0) FROM cvm.campaign");
        COUNTS.put("cvm.nba_action paused", "SELECT COUNT(*) FROM cvm.nba_action WHERE paused");
        COUNTS.put("cvm.nba_action changed", "SELECT COUNT(*) FROM cvm.nba_action WHERE changed_at IS NOT NULL");
        COUNTS.put("cvm.nba_action reasons", "SELECT COALESCE(SUM(LENGTH(change_reason)), 0) FROM cvm.nba_action");
        count("ACT_RU_EXECUTION");
        count("ACT_HI_PROCINST");
        count("ACT_RU_TASK");
        COUNTS.put("ACT_RU_TASK assigned", "SELECT COUNT(*) FROM ACT_RU_TASK WHERE ASSIGNEE_ IS NOT NULL");
        count("ACT_RU_VARIABLE");
        count("ACT_HI_VARINST");
        count("ACT_HI_DETAIL");
        count("ACT_RU_JOB");
        count("ACT_HI_OP_LOG");
        count("ACT_RE_DEPLOYMENT");
        count("ACT_GE_BYTEARRAY");
        count("ACT_RE_PROCDEF");
        count("ACT_RE_DECISION_DEF");
        count("ACT_RE_CAMFORMDEF");
    }

    private static void count(String table) {
        COUNTS.put(table, "SELECT COUNT(*) FROM " + table);
    }

    /** One statement for all counts: a case takes two snapshots, and the corpus has hundreds of cases. */
    private static final String ALL_COUNTS = COUNTS.values().stream().map(count -> "(" + count + ")")
            .collect(Collectors.joining(", ", "SELECT ", ""));

    static Map<String, String> snapshot(JdbcClient jdbc) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        jdbc.sql(ALL_COUNTS).query(row -> {
            int column = 1;
            for (String name : COUNTS.keySet()) {
                snapshot.put(name, row.getString(column++));
            }
        });
        return snapshot;
    }

    private PersistedRows() {
    }
}
