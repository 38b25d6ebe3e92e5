package io.cvmjourneys.learning;

import io.cvmjourneys.engine.NightlyWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Learns every night ({@code cvm.nba.learning.cron}, 03:00 by default), when the day's answers are in.
 * Off with {@code cvm.nba.learning.nightly-enabled=false}: tests learn when they choose.
 */
@Component
class NightlyPropensityLearning implements NightlyWork {

    private final PropensityLearning learning;
    private final boolean enabled;
    private final String cron;

    NightlyPropensityLearning(PropensityLearning learning,
                              @Value("${cvm.nba.learning.nightly-enabled:true}") boolean enabled,
                              @Value("${cvm.nba.learning.cron:0 0 3 * * *}") String cron) {
        this.learning = learning;
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
        learning.nightly();
    }
}
