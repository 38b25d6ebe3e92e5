package io.cvmjourneys.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;

/**
 * A journey step that failed as a job says which step and what the system behind it answered, in
 * words an operator reads in Cockpit's incident list (Step "Settle the account and lift any
 * barring" failed: the database refused the change: account locked by the month-end billing run),
 * not the engine's "An exception occurred in the persistence layer" or a driver's text with the SQL
 * in it. Only the message changes: the retry cycle is the engine's, and the stack trace Cockpit
 * shows beside the message is the failure's own.
 */
@Component
class ReadableStepFailures extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(FailedStepInWords::new);
    }

    /** The engine's retry of a failed job, with the job's failure message put in words. */
    static final class FailedStepInWords extends DefaultJobRetryCmd {

        FailedStepInWords(String jobId, Throwable failure) {
            super(jobId, failure);
        }

        @Override
        protected void logException(JobEntity job) {
            super.logException(job);
            job.setExceptionMessage(step(job) + " failed: " + FailureText.of(exception));
        }

        private String step(JobEntity job) {
            ActivityImpl activity = job.getActivityId() == null ? null : getCurrentActivity(Context.getCommandContext(), job);
            if (activity == null) {
                return "A journey step";
            }
            return "Step \"" + (activity.getName() == null ? activity.getId() : activity.getName()) + "\"";
        }
    }
}
