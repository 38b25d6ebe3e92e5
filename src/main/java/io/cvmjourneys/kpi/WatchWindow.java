package io.cvmjourneys.kpi;

import java.time.Duration;
import java.time.Instant;

/** A nightly watch's two windows: the last days up to now, and as many days before them. */
record WatchWindow(Instant now, int days) {

    /** The days a setting gives a window, checked when the application starts rather than at night. */
    static int checked(int days, String setting) {
        if (days < 1) {
            throw new IllegalArgumentException(setting + " is at least 1, not " + days);
        }
        return days;
    }

    Instant start() {
        return now.minus(Duration.ofDays(days));
    }

    Scope last() {
        return new Scope(start(), now, null);
    }

    Scope before() {
        return new Scope(start().minus(Duration.ofDays(days)), start(), null);
    }
}
