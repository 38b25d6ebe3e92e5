package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.NightlyWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every night ({@code cvm.kpi.action-watch-cron}, 04:30, once the day's answers and complaints are in)
 * the action watch opens the reviews the figures call for; off with {@code cvm.kpi.action-watch-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
class NightlyActionWatch {

    @Bean
    NightlyWork actionWatch(ActionReviews reviews, @Value("${cvm.kpi.action-watch-enabled:true}") boolean enabled,
                            @Value("${cvm.kpi.action-watch-cron:0 30 4 * * *}") String cron) {
        return new NightlyWork("action watch", cron, enabled, reviews::openWhereFiguresCall);
    }
}
