package io.cvmjourneys.engine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * On shutdown the job executor stops acquiring and its threads finish the jobs they hold, within
 * {@link #AWAIT_SECONDS}, instead of being interrupted: an interrupted job rolls back and stays locked
 * until its lock expires, so another node would only run it minutes later.
 */
@Component
class JobsFinishOnShutdown implements BeanPostProcessor {

    static final String CAMUNDA_TASK_EXECUTOR = "camundaTaskExecutor";
    static final int AWAIT_SECONDS = 30;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (CAMUNDA_TASK_EXECUTOR.equals(beanName) && bean instanceof ThreadPoolTaskExecutor executor) {
            executor.setWaitForTasksToCompleteOnShutdown(true);
            executor.setAwaitTerminationSeconds(AWAIT_SECONDS);
        }
        return bean;
    }
}
