package io.cvmjourneys.testsupport;

import java.time.Duration;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/** Time for journeys in tests: the engine clock moves, and the timers it makes due run as the job executor would. */
public final class EngineClock {

    public static void passTime(ManagementService managementService, String processInstanceId, Duration duration) {
        TestClock.pin(TestClock.now().plus(duration));
        runWhileDue(managementService, () -> managementService.createJobQuery().processInstanceId(processInstanceId)
                .duedateLowerThan(Date.from(TestClock.now().plusMillis(1))));
    }

    /** Runs the journey's jobs that are due now, asynchronous continuations included, as the job executor would. */
    public static void runDueJobs(ManagementService managementService, String processInstanceId) {
        runWhileDue(managementService, () -> managementService.createJobQuery().processInstanceId(processInstanceId).executable());
    }

    // one job at a time, the earliest first: a job may remove others (an interrupting timer ends the waits beside it)
    private static void runWhileDue(ManagementService managementService, Supplier<JobQuery> due) {
        for (Job next = first(due); next != null; next = first(due)) {
            managementService.executeJob(next.getId());
        }
    }

    private static Job first(Supplier<JobQuery> due) {
        return due.get().orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
    }

    private EngineClock() {
    }
}
