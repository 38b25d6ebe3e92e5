package io.cvmjourneys.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this node runs the journeys' timers and asynchronous steps: DOWN when its job executor
 * should run and does not. A node configured without one (a web-only node) is UP and says so.
 */
@Component("jobs")
class JobExecution implements HealthIndicator {

    private final ProcessEngine engine;
    private final boolean enabled;

    JobExecution(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    public Health health() {
        if (!enabled) {
            return Health.up().withDetail("jobExecutor", "off on this node by configuration").build();
        }
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        return executor != null && executor.isActive() ? Health.up().build()
                : Health.down().withDetail("jobExecutor", "not running: timers and asynchronous steps wait").build();
    }
}
