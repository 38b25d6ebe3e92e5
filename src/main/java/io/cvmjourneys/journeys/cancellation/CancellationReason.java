package io.cvmjourneys.journeys.cancellation;

/** Why a customer asks to leave, as the agent or channel records it; retention and winback differ by reason. */
public enum CancellationReason {
    PRICE,
    SERVICE_QUALITY,
    NETWORK_COVERAGE,
    COMPETITOR_OFFER,
    MOVING,
    BILLING_DISPUTE,
    NO_LONGER_NEEDED,
    NOT_STATED
}
