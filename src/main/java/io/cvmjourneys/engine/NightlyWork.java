package io.cvmjourneys.engine;

import java.util.List;

/**
 * Work a module does once a night, declared as a bean: {@link NightlyWorkSchedule} runs each enabled
 * one on its cron (a Spring cron expression, in the server's zone). The work makes itself safe to run
 * on several nodes (e.g. by a business key per day); tests turn it off and run it when they choose.
 */
public record NightlyWork(String name, String cron, boolean enabled, Runnable work) {

    /** A bean with several pieces of nightly work, as many as it finds (e.g. one per scan of the customer base). */
    public interface Source {

        List<NightlyWork> nightlyWork();
    }
}
