package io.cvmjourneys.engine;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs every enabled {@link NightlyWork} on its cron. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NightlyWorkSchedule implements SchedulingConfigurer {

    private final List<NightlyWork> work;

    NightlyWorkSchedule(List<NightlyWork> work) {
        this.work = List.copyOf(work);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        work.stream().filter(NightlyWork::enabled).forEach(each -> tasks.addCronTask(each::run, each.cron()));
    }
}
