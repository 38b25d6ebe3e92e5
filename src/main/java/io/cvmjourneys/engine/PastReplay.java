package io.cvmjourneys.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Demo only: lets start-up work happen in the past, so that what it does is dated when it happened
 * by the product itself. The engine clock — which the journeys' timers, the engine's history and,
 * through the application's {@link Clock}, every step, decision and message run on — is stopped at
 * the start; the work moves it forward as its events happen, never back and never past the present
 * it started from; closing puts the clock back as it was: running on the system clock, or stopped
 * where a test stopped it.
 * <p>
 * This is the one place a production class moves the engine clock. The clock belongs to the whole
 * JVM, so nothing else may run journeys meanwhile: use it in a start-up runner, before the job
 * executor starts (when the application is ready).
 */
public final class PastReplay implements AutoCloseable {

    private final Instant present;
    private final boolean systemClock;
    private Instant now;

    private PastReplay(Instant present, boolean systemClock, Instant start) {
        this.present = present;
        this.systemClock = systemClock;
        this.now = start;
        EngineBackedClock.stopAt(start);
    }

    /** Sets the engine clock back to {@code start}, which lies before the application clock's present. */
    public static PastReplay from(Instant start, Clock clock) {
        Instant present = clock.instant();
        if (!start.isBefore(present)) {
            throw new IllegalArgumentException("A replay starts in the past: " + start + " is not before " + present);
        }
        return new PastReplay(present, EngineBackedClock.runsOnSystemClock(), start);
    }

    /** Replays from the last time the clock read that time of day: nightly work as it ran last night. */
    public static PastReplay fromLast(LocalTime timeOfDay, Clock clock) {
        Instant today = LocalDate.now(clock).atTime(timeOfDay).atZone(clock.getZone()).toInstant();
        return from(today.isBefore(clock.instant()) ? today : today.minus(Duration.ofDays(1)), clock);
    }

    /** Where the replay stands. */
    public Instant now() {
        return now;
    }

    /** The instant the replay started from, where it ends at the latest. */
    public Instant present() {
        return present;
    }

    /** Moves the engine clock forward to {@code instant}; a past instant leaves it where it is, the present stops it. */
    public void moveTo(Instant instant) {
        Instant target = instant.isAfter(present) ? present : instant;
        if (target.isAfter(now)) {
            now = target;
            EngineBackedClock.stopAt(now);
        }
    }

    @Override
    public void close() {
        if (systemClock) {
            EngineBackedClock.runOnSystemClock();
        } else {
            EngineBackedClock.stopAt(present);
        }
    }
}
