package io.cvmjourneys.journeys;

/**
 * Process variables every journey shares beyond its start variables
 * ({@link io.cvmjourneys.moments.JourneyStartVariables}); each program adds its own in its own class.
 */
public final class JourneyVariables {

    /** How the journey ended, as its end event names it; the figure program KPIs count. */
    public static final String OUTCOME = "outcome";

    private JourneyVariables() {
    }
}
