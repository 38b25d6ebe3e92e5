package io.cvmjourneys.learning;

import io.cvmjourneys.engine.NightlyWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Learns every night ({@code cvm.nba.learning.cron}, 03:00), when the day's answers are in; off with
 * {@code cvm.nba.learning.nightly-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
class NightlyPropensityLearning {

    @Bean
    NightlyWork learningEveryNight(PropensityLearning learning,
                                   @Value("${cvm.nba.learning.nightly-enabled:true}") boolean enabled,
                                   @Value("${cvm.nba.learning.cron:0 0 3 * * *}") String cron) {
        return new NightlyWork("propensity learning", cron, enabled, learning::nightly);
    }
}
