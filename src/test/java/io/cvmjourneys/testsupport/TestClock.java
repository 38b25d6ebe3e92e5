package io.cvmjourneys.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application under test, stopped: the engine's clock, which the application's
 * {@code Clock} reads. Every Spring test starts at {@link #DEFAULT} (see {@link PinnedEngineClock});
 * a test that needs another instant pins it, and time moves only when a test moves it.
 */
public final class TestClock {

    /** A Monday morning in November, 10:00 in London: no quiet hours, no month end, no change of summer time. */
    public static final Instant DEFAULT = Instant.parse("2026-11-23T10:00:00Z");
    /** The operator's zone the application runs in unless a test configures another ({@code cvm.operator.zone}). */
    public static final ZoneId OPERATOR_ZONE = ZoneId.of("Europe/London");

    public static void pin(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Today in the operator's zone, as the application sees it. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), OPERATOR_ZONE);
    }

    private TestClock() {
    }
}
