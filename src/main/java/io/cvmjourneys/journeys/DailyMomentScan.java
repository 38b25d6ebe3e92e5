package io.cvmjourneys.journeys;

import io.cvmjourneys.moments.Moment;
import java.time.LocalDate;
import java.util.List;

/**
 * A daily look over the customer base that raises moments of truth through the intake, as a channel
 * would: a device lease or a contract about to end. Each moment's event id names what it is about
 * (the lease, the contract), so the intake's idempotency raises it once, however many days it stays
 * due and however many nodes scan. {@link DailyMomentScans} runs every scan on its schedule.
 */
public interface DailyMomentScan {

    /** What the scan looks for, as the log says it. */
    String name();

    /** Whether this node runs the scan (every node may). */
    boolean enabled();

    /** When, as a Spring cron expression in the server's time zone. */
    String cron();

    /** The moments due on {@code today}. */
    List<Moment> due(LocalDate today);
}
