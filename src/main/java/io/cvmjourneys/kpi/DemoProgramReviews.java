package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.ActingAs;
import io.cvmjourneys.engine.PastReplay;
import io.cvmjourneys.programs.ProgramDefinition;
import io.cvmjourneys.programs.ProgramStatus;
import io.cvmjourneys.programs.Programs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: the live programs' review cycles, begun in the past so some reviews are due now. The
 * winback program went through one review a month ago (the analyst asked for a change, the manager
 * kept it) and is up for the next; loyalty's first review came due yesterday; the other programs'
 * reviews come due over the next weeks. Once only: a database with a review cycle is left alone.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "cvm.demo.history", name = "enabled", matchIfMissing = true)
@Order(55)
class DemoProgramReviews implements ApplicationRunner {

    private static final String REVIEWED_TWICE = "cancellation-winback";
    private static final String DUE_YESTERDAY = "loyalty";
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final Logger log = LoggerFactory.getLogger(DemoProgramReviews.class);

    private final ProgramReviews reviews;
    private final Programs programs;
    private final RuntimeService runtime;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final IdentityService identity;
    private final Clock clock;

    DemoProgramReviews(ProgramReviews reviews, Programs programs, RuntimeService runtime, ManagementService managementService,
                       TaskService taskService, IdentityService identity, Clock clock) {
        this.reviews = reviews;
        this.programs = programs;
        this.runtime = runtime;
        this.managementService = managementService;
        this.taskService = taskService;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(ProgramReviews.PROCESS).count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int period = reviews.reviewPeriod().getDays();
        try (PastReplay replay = PastReplay.from(at(today.minusDays(2L * period + 3)), clock)) {
            reviews.startFor(REVIEWED_TWICE);
            dueTimer(replay, REVIEWED_TWICE);
            replay.moveTo(replay.now().plusSeconds(5 * 3600));
            complete(REVIEWED_TWICE, "analyst", "analytics-team", Map.of("analystRecommendation", "CHANGE",
                    "analystRationale", "The save rate held, but most saves took the 20 % discount: try the 10 % first"));
            replay.moveTo(replay.now().plusSeconds(20 * 3600));
            complete(REVIEWED_TWICE, "manager", "cvm-managers", Map.of("managerDecision", "KEEP", "decisionReason",
                    "Keep it through the Christmas price rise; the discount ladder changes in January"));

            replay.moveTo(at(today.minusDays(period + 1L)));
            reviews.startFor(DUE_YESTERDAY);
            List<String> others = programs.all().stream().filter(program -> program.status() == ProgramStatus.LIVE)
                    .map(ProgramDefinition::id).filter(id -> !id.equals(REVIEWED_TWICE) && !id.equals(DUE_YESTERDAY))
                    .sorted().toList();
            for (int i = 0; i < others.size(); i++) {
                replay.moveTo(at(today.minusDays(period - 2L - i)));
                reviews.startFor(others.get(i));
            }
            dueTimer(replay, REVIEWED_TWICE);
            dueTimer(replay, DUE_YESTERDAY);
        }
        log.info("Demo program reviews: {} cycles, {} reviews waiting for the analytics team",
                runtime.createProcessInstanceQuery().processDefinitionKey(ProgramReviews.PROCESS).count(),
                taskService.createTaskQuery().processDefinitionKey(ProgramReviews.PROCESS).count());
    }

    /** Runs the program's review-period timer at its due time, as the job executor would. */
    private void dueTimer(PastReplay replay, String program) {
        Job timer = managementService.createJobQuery().processInstanceId(cycle(program)).timers().singleResult();
        replay.moveTo(timer.getDuedate().toInstant());
        managementService.executeJob(timer.getId());
    }

    private void complete(String program, String user, String team, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(cycle(program)).singleResult();
        ActingAs.run(identity, user, List.of(team), () -> taskService.complete(task.getId(), variables));
    }

    private String cycle(String program) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProgramReviews.PROCESS + ":" + program)
                .singleResult().getId();
    }

    private Instant at(LocalDate day) {
        return day.atTime(MORNING).atZone(clock.getZone()).toInstant();
    }
}
