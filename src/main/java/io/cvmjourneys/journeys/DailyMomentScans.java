package io.cvmjourneys.journeys;

import io.cvmjourneys.engine.NightlyWork;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentIntake;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DailyMomentScan} as nightly work (on its own cron, once the application is ready),
 * raising its moments through the intake one by one.
 */
@Component
public class DailyMomentScans implements NightlyWork.Source {

    private static final Logger log = LoggerFactory.getLogger(DailyMomentScans.class);

    private final List<DailyMomentScan> scans;
    private final MomentIntake intake;
    private final Clock clock;

    DailyMomentScans(List<DailyMomentScan> scans, MomentIntake intake, Clock clock) {
        this.scans = List.copyOf(scans);
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public List<NightlyWork> nightlyWork() {
        return scans.stream().map(scan -> new NightlyWork(scan.name(), scan.cron(), scan.enabled(), () -> run(scan))).toList();
    }

    /** Raises the scan's moments due today; answers how each went. */
    public Map<MomentAnswer.Status, Integer> run(DailyMomentScan scan) {
        LocalDate today = LocalDate.now(clock);
        Map<MomentAnswer.Status, Integer> counts = new EnumMap<>(MomentAnswer.Status.class);
        for (Moment moment : scan.due(today)) {
            try {
                counts.merge(intake.receive(moment).status(), 1, Integer::sum);
            } catch (RuntimeException refused) {
                // one customer's failure must not keep the others from their journey
                log.warn("{}: moment {} of {} not raised", scan.name(), moment.eventId(), moment.customerId(), refused);
            }
        }
        log.info("{} for {}: {}", scan.name(), today, counts);
        return counts;
    }
}
