package io.cvmjourneys.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The product's one clock: it reads the engine's clock, the one journey timers run on, so moving
 * the engine clock moves every decision, window, KPI period and page with it. Its zone is the
 * operator's, in which every "today", quiet hour and business day is read.
 */
final class EngineBackedClock extends Clock {

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
