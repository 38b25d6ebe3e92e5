package io.cvmjourneys.moments;

/** The variables every journey starts with, set by the intake from the moment that started it. */
public final class JourneyStartVariables {

    public static final String CUSTOMER_ID = "customerId";
    public static final String CHANNEL = "channel";
    public static final String MOMENT_TYPE = "momentType";
    public static final String EVENT_ID = "eventId";

    private JourneyStartVariables() {
    }
}
