package io.cvmjourneys.engine;

/**
 * Work a module does once a night on every node's schedule (each makes it safe to run on several
 * nodes, e.g. by a business key per day). {@link NightlyWorkSchedule} runs each enabled one on its cron.
 */
public interface NightlyWork {

    /** A Spring cron expression, in the server's zone. */
    String cron();

    /** Off in tests, which run the work when they choose. */
    boolean enabled();

    void run();
}
