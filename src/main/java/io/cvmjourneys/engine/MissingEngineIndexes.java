package io.cvmjourneys.engine;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema lacks, created after the engine has built its schema, so they exist on a
 * first start:
 * <ul>
 *   <li>ACT_RU_TASK.PARENT_TASK_ID_: completing a task looks up its sub-tasks; with hundreds of
 *       thousands of open tasks (a billing run's agent calls) every completion scanned the table
 *       (measured: 19 completions/s instead of ~250/s).</li>
 *   <li>ACT_RU_JOB.DUEDATE_ and LOCK_EXP_TIME_: the job executor takes due jobs oldest first
 *       ({@code jobExecutorAcquireByDueDate}) and skips process instances with a job locked. With
 *       100,000 due timers (a dunning day) each acquisition scanned and sorted the whole table, and its
 *       estimated cost made PostgreSQL compile it (JIT) every time: 355 ms per acquisition, 0.3 ms with
 *       these indexes (EXPLAIN ANALYZE on PostgreSQL 15).</li>
 * </ul>
 */
@Component
class MissingEngineIndexes extends AbstractProcessEnginePlugin {

    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS act_idx_task_parent_task ON act_ru_task (parent_task_id_)",
            "CREATE INDEX IF NOT EXISTS act_idx_job_duedate ON act_ru_job (duedate_)",
            "CREATE INDEX IF NOT EXISTS act_idx_job_lock_exp_time ON act_ru_job (lock_exp_time_)");

    private static final Set<String> DATABASES = Set.of("postgres", "h2");

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        if (DATABASES.contains(configuration.getDatabaseType())) {
            JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
            INDEXES.forEach(jdbc::execute);
        }
    }
}
