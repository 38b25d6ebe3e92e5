package io.cvmjourneys.testsupport;

import java.time.Duration;

/**
 * The size of the fault tests' runs. CI runs them short; {@code -Dcvm.reliability.scale=10} (README,
 * "Reliability and security") makes every load, outage and count ten times as large, for a run
 * before a release.
 */
public final class LongRuns {

    private static final int SCALE = Integer.getInteger("cvm.reliability.scale", 1);

    public static int scaled(int count) {
        return count * SCALE;
    }

    public static Duration scaled(Duration duration) {
        return duration.multipliedBy(SCALE);
    }

    private LongRuns() {
    }
}
