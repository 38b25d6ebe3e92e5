package io.cvmjourneys.learning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Learns every night ({@code cvm.nba.learning.cron}, 03:00 by default), when the day's answers are in.
 * Off with {@code cvm.nba.learning.nightly-enabled=false}: tests learn when they choose.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NightlyPropensityLearning implements SchedulingConfigurer {

    private final PropensityLearning learning;
    private final boolean enabled;
    private final String cron;

    NightlyPropensityLearning(PropensityLearning learning,
                              @Value("${cvm.nba.learning.nightly-enabled:true}") boolean enabled,
                              @Value("${cvm.nba.learning.cron:0 0 3 * * *}") String cron) {
        this.learning = learning;
        this.enabled = enabled;
        this.cron = cron;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (enabled) {
            tasks.addCronTask(learning::nightly, cron);
        }
    }
}
