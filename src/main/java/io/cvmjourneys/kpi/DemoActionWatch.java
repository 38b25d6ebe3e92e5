package io.cvmjourneys.kpi;

import io.cvmjourneys.engine.PastReplay;
import java.time.Clock;
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
 * Demo only: last night's action watch over the demo's past offers and complaints, so the analytics
 * team finds the reviews its figures called for. Once only: a database with an action review is left alone.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "cvm.demo.history", name = "enabled", matchIfMissing = true)
@Order(56)
class DemoActionWatch implements ApplicationRunner {

    private static final LocalTime NIGHTLY_AT = LocalTime.of(4, 30);
    private static final Logger log = LoggerFactory.getLogger(DemoActionWatch.class);

    private final ActionReviews reviews;
    private final RuntimeService runtime;
    private final Clock clock;

    DemoActionWatch(ActionReviews reviews, RuntimeService runtime, Clock clock) {
        this.reviews = reviews;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(ActionReviews.PROCESS).count() > 0) {
            return;
        }
        List<String> opened;
        try (PastReplay replay = PastReplay.fromLast(NIGHTLY_AT, clock)) {
            opened = reviews.openWhereFiguresCall();
        }
        log.info("Demo action watch: reviews opened for {}", opened);
    }
}
