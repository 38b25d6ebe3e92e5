package io.cvmjourneys.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

class ChannelsConfigurationTest {

    private final OutboxDispatcher dispatcher = mock(OutboxDispatcher.class);

    @Test
    void dueMessagesAreSentInTheBackgroundAtTheConfiguredInterval() {
        ScheduledTaskRegistrar tasks = tasksWith(new ChannelProperties(null, Duration.ofSeconds(3), null, null, null, null));

        assertThat(tasks.getFixedDelayTaskList()).singleElement()
                .satisfies(task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(3)));
        tasks.getFixedDelayTaskList().get(0).getRunnable().run();
        verify(dispatcher).dispatchDue();
    }

    @Test
    void switchedOffNothingIsSentInTheBackground() {
        ScheduledTaskRegistrar tasks = tasksWith(new ChannelProperties(false, null, null, null, null, null));

        assertThat(tasks.getFixedDelayTaskList()).isEmpty();
        assertThat(tasks.getFixedRateTaskList()).isEmpty();
    }

    private ScheduledTaskRegistrar tasksWith(ChannelProperties properties) {
        ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();
        new ChannelsConfiguration(dispatcher, properties).configureTasks(tasks);
        return tasks;
    }
}
