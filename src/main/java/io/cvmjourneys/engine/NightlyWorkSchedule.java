package io.cvmjourneys.engine;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs every enabled {@link NightlyWork} on its cron, once the application is ready: before that the
 * demo may still be replaying its past ({@link PastReplay}) with the engine clock set back, and work
 * run then would be dated in that past. On several nodes, one runs each run ({@link NightlyRuns}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NightlyWorkSchedule implements SchedulingConfigurer {

    private final List<NightlyWork> work;
    private final NightlyRuns runs;
    private volatile boolean ready;

    NightlyWorkSchedule(List<NightlyWork> work, List<NightlyWork.Source> sources, NightlyRuns runs) {
        this.work = Stream.concat(work.stream(), sources.stream().flatMap(source -> source.nightlyWork().stream())).toList();
        this.runs = runs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        work.stream().filter(NightlyWork::enabled).forEach(each -> tasks.addCronTask(() -> {
            if (ready && runs.claim(each.name())) {
                each.work().run();
            }
        }, each.cron()));
    }
}
