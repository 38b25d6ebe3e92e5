package io.cvmjourneys.journeys.cancellation;

/** Process variables of the cancellation-winback journey. */
public final class CancellationVariables {

    public static final String PROCESS_ID = "cancellation-winback";
    public static final String REASON = "reason";
    public static final String OFFER_RESPONSE = "offerResponse";
    public static final String AGENT_NOTE = "agentNote";

    private CancellationVariables() {
    }
}
