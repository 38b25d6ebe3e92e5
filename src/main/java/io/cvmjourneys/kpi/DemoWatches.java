package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.PastReplay;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: last night's action and placement watches over the demo's past offers and complaints, so
 * the analytics and channel teams find the reviews the figures called for. Once only: a database with
 * an action review is left alone.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "cvm.demo.history", name = "enabled", matchIfMissing = true)
@Order(56)
class DemoWatches implements ApplicationRunner {

    private static final LocalTime ACTION_WATCH_AT = LocalTime.of(4, 30);
    private static final Duration PLACEMENT_WATCH_LATER = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(DemoWatches.class);

    private final ActionReviews reviews;
    private final PlacementReviews placements;
    private final RuntimeService runtime;
    private final Clock clock;

    DemoWatches(ActionReviews reviews, PlacementReviews placements, RuntimeService runtime, Clock clock) {
        this.reviews = reviews;
        this.placements = placements;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(ActionReviews.PROCESS).count() > 0) {
            return;
        }
        List<String> actions;
        List<String> slots;
        try (PastReplay replay = PastReplay.fromLast(ACTION_WATCH_AT, clock)) {
            actions = reviews.openWhereFiguresCall();
            replay.moveTo(replay.now().plus(PLACEMENT_WATCH_LATER));
            slots = placements.openWhereSlotsCall();
        }
        log.info("Demo watches: action reviews opened for {}, placement refreshes for {}", actions, slots);
    }
}
