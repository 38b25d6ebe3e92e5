package io.cvmjourneys.journeys.retention;

/** The signs that a customer may leave, as analytics and the other journeys report them, and as an agent reads them. */
enum ChurnSignal {
    /** The churn model scored the customer; the moment gives the score. */
    RISK_SCORE("The churn model sees a high risk"),
    SERVICE_INTERRUPTION("Hit by a serious service interruption"),
    REPEATED_COMPLAINTS("Complained again and again"),
    BILL_SHOCK("Got a bill far above the usual"),
    COMPETITOR_OFFER("Asked about a competitor's offer");

    private final String asAgentsReadIt;

    ChurnSignal(String asAgentsReadIt) {
        this.asAgentsReadIt = asAgentsReadIt;
    }

    String asAgentsReadIt() {
        return asAgentsReadIt;
    }
}
