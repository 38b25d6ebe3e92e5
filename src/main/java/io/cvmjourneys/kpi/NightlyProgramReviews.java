package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.NightlyWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every night ({@code cvm.kpi.review-cron}, 04:00) a program that went live since gets its review
 * cycle; one already running is left alone. Off with {@code cvm.kpi.nightly-reviews-enabled=false}.
 */
@Component
class NightlyProgramReviews implements NightlyWork {

    private final ProgramReviews reviews;
    private final boolean enabled;
    private final String cron;

    NightlyProgramReviews(ProgramReviews reviews, @Value("${cvm.kpi.nightly-reviews-enabled:true}") boolean enabled,
                          @Value("${cvm.kpi.review-cron:0 0 4 * * *}") String cron) {
        this.reviews = reviews;
        this.enabled = enabled;
        this.cron = cron;
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public void run() {
        reviews.startForLivePrograms();
    }
}
