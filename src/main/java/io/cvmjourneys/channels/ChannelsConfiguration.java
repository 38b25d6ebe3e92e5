package io.cvmjourneys.channels;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Sends due messages in the background on every node, {@code cvm.channels.dispatch-interval} apart,
 * unless {@code cvm.channels.dispatch-enabled} is false. Registered here rather than with
 * {@code @Scheduled}, so the interval comes from the validated settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ChannelsConfiguration implements SchedulingConfigurer {

    private final OutboxDispatcher dispatcher;
    private final ChannelProperties properties;

    ChannelsConfiguration(OutboxDispatcher dispatcher, ChannelProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (properties.dispatchEnabled()) {
            tasks.addFixedDelayTask(dispatcher::dispatchDue, properties.dispatchInterval());
        }
    }
}
