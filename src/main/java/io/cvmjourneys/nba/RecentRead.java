package io.cvmjourneys.nba;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per interval, for what every decision asks (the levers,
 * the propensities in force): a change saved on another node is seen within the interval, one saved
 * here at once ({@link #forget}). The interval runs on the machine's monotonic time, since the
 * operator's clock may be moved by days.
 */
final class RecentRead<T> {

    private record Read<T>(T value, long atNanos) {
    }

    private final Supplier<T> reader;
    private final Duration interval;
    private volatile Read<T> last;

    RecentRead(Supplier<T> reader, Duration interval) {
        this.reader = reader;
        this.interval = interval;
    }

    T get() {
        Read<T> current = last;
        if (current == null || System.nanoTime() - current.atNanos() > interval.toNanos()) {
            long at = System.nanoTime();
            current = new Read<>(reader.get(), at);
            last = current;
        }
        return current.value();
    }

    void forget() {
        last = null;
    }
}
