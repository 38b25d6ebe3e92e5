package io.cvmjourneys.engine;

import java.util.concurrent.ThreadPoolExecutor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * On shutdown the job executor stops acquiring and finishes the jobs it holds — running and queued —
 * while the engine and the database are still there, within {@link #AWAIT_SECONDS}, then hands back
 * any job it took and never ran. Left alone, the task executor is shut down at once when the context
 * closes, or after the engine has closed, and a batch it had turned away stays locked: such jobs
 * failed or waited for their lock to expire, and another node ran them minutes later.
 */
@Configuration(proxyBeanMethods = false)
class JobsFinishOnShutdown {

    static final String CAMUNDA_TASK_EXECUTOR = "camundaTaskExecutor";
    static final int AWAIT_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(JobsFinishOnShutdown.class);

    /** Keeps Camunda's task executor taking and running jobs until it is told to stop (not at the first close event). */
    @Bean
    static BeanPostProcessor jobsRunUntilTheEngineStops() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (CAMUNDA_TASK_EXECUTOR.equals(beanName) && bean instanceof ThreadPoolTaskExecutor executor) {
                    executor.setWaitForTasksToCompleteOnShutdown(true);
                    executor.setAwaitTerminationSeconds(AWAIT_SECONDS);
                }
                return bean;
            }
        };
    }

    /** Among the first things stopped: no new job is taken, those taken are finished, then the rest shuts down. */
    @Bean
    SmartLifecycle jobsFinishBeforeTheEngineCloses(ObjectProvider<ProcessEngine> engine, ApplicationContext context) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                ProcessEngine processEngine = engine.getIfAvailable();
                if (processEngine == null) {
                    return;
                }
                JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                        .getJobExecutor();
                if (jobExecutor == null || !jobExecutor.isActive()) {
                    return;
                }
                jobExecutor.shutdown();
                if (context.containsBean(CAMUNDA_TASK_EXECUTOR)
                        && context.getBean(CAMUNDA_TASK_EXECUTOR) instanceof ThreadPoolTaskExecutor executor
                        && awaitIdle(executor)) {
                    handBack(context.getBean(JdbcTemplate.class), jobExecutor.getLockOwner());
                }
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE;
            }
        };
    }

    /**
     * Jobs this node took but never ran (a batch its busy executor turned away, kept for the next
     * acquisition that will not come) are handed back at once, not when their lock expires. Only once
     * its executor is idle: nothing of this node runs them any more.
     */
    private static void handBack(JdbcTemplate jdbc, String lockOwner) {
        int handedBack = jdbc.update("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL, REV_ = REV_ + 1"
                + " WHERE LOCK_OWNER_ = ?", lockOwner);
        if (handedBack > 0) {
            log.info("Shutting down: {} jobs taken but not run were handed back to the other nodes", handedBack);
        }
    }

    /** Whether the executor finished everything it held within the time allowed. */
    private static boolean awaitIdle(ThreadPoolTaskExecutor executor) {
        ThreadPoolExecutor pool = executor.getThreadPoolExecutor();
        long deadline = System.nanoTime() + AWAIT_SECONDS * 1_000_000_000L;
        while ((pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) {
            log.warn("Shutting down with {} jobs still running and {} queued: they stay locked until their lock expires,"
                    + " then another node runs them", pool.getActiveCount(), pool.getQueue().size());
            return false;
        }
        return true;
    }
}
