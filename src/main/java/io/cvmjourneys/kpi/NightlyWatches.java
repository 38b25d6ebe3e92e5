package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.NightlyWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly watches of the decisions' figures, once the day's answers and complaints are in: each
 * opens the reviews its figures call for.
 */
@Configuration(proxyBeanMethods = false)
class NightlyWatches {

    /** At 04:30 ({@code cvm.kpi.action-watch-cron}); off with {@code cvm.kpi.action-watch-enabled=false}. */
    @Bean
    NightlyWork actionWatch(ActionReviews reviews, @Value("${cvm.kpi.action-watch-enabled:true}") boolean enabled,
                            @Value("${cvm.kpi.action-watch-cron:0 30 4 * * *}") String cron) {
        return new NightlyWork("action watch", cron, enabled, reviews::openWhereFiguresCall);
    }

    /** At 04:45 ({@code cvm.kpi.placement-watch-cron}); off with {@code cvm.kpi.placement-watch-enabled=false}. */
    @Bean
    NightlyWork placementWatch(PlacementReviews reviews, @Value("${cvm.kpi.placement-watch-enabled:true}") boolean enabled,
                               @Value("${cvm.kpi.placement-watch-cron:0 45 4 * * *}") String cron) {
        return new NightlyWork("placement watch", cron, enabled, reviews::openWhereSlotsCall);
    }
}
