package io.cvmjourneys.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class ChannelPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ChannelProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void withoutSettingsEveryNodeSendsEverySecond() {
        context.run(started -> assertThat(started.getBean(ChannelProperties.class)).isEqualTo(new ChannelProperties(true,
                Duration.ofSeconds(1), 50, 5, Duration.ofMinutes(1), null)));
    }

    @Test
    void everythingCanBeSet() {
        context.withPropertyValues("cvm.channels.dispatch-enabled=false", "cvm.channels.dispatch-interval=5s",
                        "cvm.channels.batch-size=200", "cvm.channels.max-attempts=8", "cvm.channels.retry-backoff=30s",
                        "cvm.channels.zone=Europe/Madrid", "cvm.channels.daily-capacity.SMS=5000")
                .run(started -> assertThat(started.getBean(ChannelProperties.class)).isEqualTo(new ChannelProperties(false,
                        Duration.ofSeconds(5), 200, 8, Duration.ofSeconds(30), Map.of(Channel.SMS, 5000))));
    }

    @Test
    void settingsOutsideTheirRangeStopTheStart() {
        context.withPropertyValues("cvm.channels.batch-size=0")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("batchSize"));
        context.withPropertyValues("cvm.channels.max-attempts=11")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("maxAttempts"));
        context.withPropertyValues("cvm.channels.daily-capacity.SMS=0")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("dailyCapacity"));
        context.withPropertyValues("cvm.channels.dispatch-interval=10ms")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("dispatchInterval"));
    }
}
