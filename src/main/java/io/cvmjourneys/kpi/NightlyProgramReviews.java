package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.NightlyWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every night ({@code cvm.kpi.review-cron}, 04:00) a program that went live since gets its review
 * cycle; off with {@code cvm.kpi.nightly-reviews-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
class NightlyProgramReviews {

    @Bean
    NightlyWork programReviewCycles(ProgramReviews reviews, @Value("${cvm.kpi.nightly-reviews-enabled:true}") boolean enabled,
                                      @Value("${cvm.kpi.review-cron:0 0 4 * * *}") String cron) {
        return new NightlyWork("program reviews", cron, enabled, reviews::startForLivePrograms);
    }
}
