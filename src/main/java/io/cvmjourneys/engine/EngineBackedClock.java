package io.cvmjourneys.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The product's one clock: it reads the engine's clock, the one journey timers run on, so moving
 * the engine clock moves every decision, window, KPI period and page with it. Its zone is the
 * operator's, in which every "today", quiet hour and business day is read.
 */
final class EngineBackedClock extends Clock {

    private static final long SYSTEM_CLOCK_TOLERANCE_MILLIS = 1_000;

    private final ZoneId zone;

    EngineBackedClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EngineBackedClock(other);
    }

    /** Stops the engine clock at the instant; for {@link PastReplay}, the one production class that moves it. */
    static void stopAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Whether the engine clock runs on the system clock (as it does outside tests, which stop it where they need it). */
    static boolean runsOnSystemClock() {
        return Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis()) < SYSTEM_CLOCK_TOLERANCE_MILLIS;
    }

    static void runOnSystemClock() {
        ClockUtil.reset();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngineBackedClock clock && clock.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return "EngineBackedClock[" + zone + "]";
    }
}
