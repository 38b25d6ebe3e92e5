package io.cvmjourneys.operations;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Work a node repeats on a daemon thread of its own while the application runs (a probe, a refresh),
 * so that no request and no scrape waits for it; at once on start, then {@code every} after each run.
 */
abstract class RepeatedInBackground implements SmartLifecycle {

    private final String threadName;
    private final Duration every;
    private ScheduledExecutorService thread;

    RepeatedInBackground(String threadName, Duration every) {
        this.threadName = threadName;
        this.every = every;
    }

    /** One run; an exception it lets out stops the repetition, so it catches what it expects. */
    abstract void runOnce();

    @Override
    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread daemon = new Thread(runnable, threadName);
            daemon.setDaemon(true);
            return daemon;
        });
        thread.scheduleWithFixedDelay(this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        thread.shutdownNow();
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
