package io.cvmjourneys.journeys;

import io.cvmjourneys.channels.OutboxDispatcher;
import io.cvmjourneys.engine.PastReplay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: 90 days of past journeys on a first run (longer for a program whose journeys take longer,
 * see {@link ProgramHistory#past}), so that the KPI dashboard shows ended journeys,
 * rates, offers and answers, times and SLAs from the start. Nothing is written as a figure: the
 * engine clock is set back (see {@link PastReplay}) and each program's {@link ProgramHistory} plays
 * its journeys through the product — moments through the intake, tasks worked by the teams' demo
 * users, customers' answers as moments, timers and asynchronous steps run by the engine when due,
 * messages sent by the outbox — so every row is one the product wrote itself, dated when it happened.
 * <p>
 * Runs after the live demo's journeys started (the history leaves their customers alone) and before
 * the job executor starts; a database whose engine already has a past is left alone.
 * {@code cvm.demo.history.enabled=false} turns it off, for tests that do not look at the past.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "cvm.demo.history", name = "enabled", matchIfMissing = true)
@Order(40)
class DemoJourneyHistory implements ApplicationRunner {

    /** Most programs' past; a program may ask for more. */
    static final Duration PAST = Duration.ofDays(90);
    static final long SEED = 20261201L;
    /** Enough for every journey the live demo starts. */
    private static final int LIVE_JOURNEYS_AT_MOST = 1000;

    private static final Logger log = LoggerFactory.getLogger(DemoJourneyHistory.class);

    private final List<ProgramHistory> programs;
    private final HistoryActors actors;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final OutboxDispatcher outbox;
    private final Clock clock;

    DemoJourneyHistory(List<ProgramHistory> programs, HistoryActors actors, RuntimeService runtimeService,
                       TaskService taskService, ManagementService managementService, RepositoryService repositoryService,
                       HistoryService historyService, OutboxDispatcher outbox, Clock clock) {
        this.programs = programs;
        this.actors = actors;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant present = clock.instant();
        if (historyService.createHistoricProcessInstanceQuery().startedBefore(Date.from(present.minus(Duration.ofDays(1))))
                .count() > 0) {
            log.info("Demo journey history: the engine already has a past, nothing replayed");
            return;
        }
        long began = System.nanoTime();
        PastTimeline timeline = new PastTimeline(actors, runtimeService, taskService, managementService, repositoryService,
                outbox, clock.getZone());
        Set<String> taken = liveCustomers();
        // in a fixed order: each program takes its customers before the next, the same ones on every first run
        for (ProgramHistory program : programs.stream().sorted(Comparator.comparing(ProgramHistory::processId)).toList()) {
            PastPeriod period = new PastPeriod(present.minus(program.past()), present, clock.getZone(),
                    new SplittableRandom(SEED ^ program.processId().hashCode()), taken);
            program.starts(period).forEach(start -> timeline.plan(program, start, SEED));
        }
        Duration longest = programs.stream().map(ProgramHistory::past).max(Comparator.naturalOrder()).orElse(PAST);
        try (PastReplay replay = PastReplay.from(present.minus(longest), clock)) {
            timeline.playUntilThePresent(replay, programs);
        }
        log.info("Demo journey history of the last {} days: journeys started {}, {} still running; replayed in {} ms",
                longest.toDays(), timeline.started(), timeline.running(), (System.nanoTime() - began) / 1_000_000);
    }

    /** The customers of the live demo's journeys, started just before. */
    private Set<String> liveCustomers() {
        return runtimeService.createProcessInstanceQuery().listPage(0, LIVE_JOURNEYS_AT_MOST).stream()
                .map(ProcessInstance::getBusinessKey).collect(Collectors.toCollection(HashSet::new));
    }
}
