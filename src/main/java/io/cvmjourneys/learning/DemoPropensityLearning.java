package io.cvmjourneys.learning;

import io.cvmjourneys.engine.PastReplay;
import io.cvmjourneys.nba.LearnedPropensities;
import java.time.Clock;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: last night's learning, the first on the demo's past answers. The answers moved estimates
 * far from the candidate table's, so the analytics team finds the review in its queue. Once only: a
 * database with learned propensities is left alone. Runs after the journeys' history and the campaigns.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "cvm.demo.history", name = "enabled", matchIfMissing = true)
@Order(50)
class DemoPropensityLearning implements ApplicationRunner {

    private static final LocalTime NIGHTLY_AT = LocalTime.of(3, 0);
    private static final Logger log = LoggerFactory.getLogger(DemoPropensityLearning.class);

    private final PropensityLearning learning;
    private final LearnedPropensities learned;
    private final Clock clock;

    DemoPropensityLearning(PropensityLearning learning, LearnedPropensities learned, Clock clock) {
        this.learning = learning;
        this.learned = learned;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!learned.snapshots().isEmpty()) {
            return;
        }
        try (PastReplay replay = PastReplay.fromLast(NIGHTLY_AT, clock)) {
            learning.nightly();
        }
        learned.snapshots().stream().findFirst().ifPresent(snapshot -> log.info(
                "Demo learning: {} answers counted, largest move {} points, {}", snapshot.answers(),
                Math.round(100 * snapshot.largestShift()), snapshot.status()));
    }
}
