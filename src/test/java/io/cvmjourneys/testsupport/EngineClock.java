package io.cvmjourneys.testsupport;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Time for journeys in tests: the engine clock moves, and the timers it makes due run as the job executor would. */
public final class EngineClock {

    public static void passTime(ManagementService managementService, String processInstanceId, Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
        List<Job> due;
        while (!(due = managementService.createJobQuery().processInstanceId(processInstanceId)
                .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list()).isEmpty()) {
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** Runs the journey's jobs that are due now, asynchronous continuations included, as the job executor would. */
    public static void runDueJobs(ManagementService managementService, String processInstanceId) {
        List<Job> due;
        while (!(due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()).isEmpty()) {
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private EngineClock() {
    }
}
