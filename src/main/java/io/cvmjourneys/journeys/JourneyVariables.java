package io.cvmjourneys.journeys;

/** Process variables every journey shares; each program adds its own in its own class. */
public final class JourneyVariables {

    public static final String CUSTOMER_ID = "customerId";
    public static final String CHANNEL = "channel";
    public static final String OUTCOME = "outcome";

    private JourneyVariables() {
    }
}
