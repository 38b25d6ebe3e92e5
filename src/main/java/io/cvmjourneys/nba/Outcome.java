package io.cvmjourneys.nba;

/** What the customer answered to a proposed action. */
public enum Outcome {
    ACCEPTED,
    DECLINED,
    LATER,
    NO_ANSWER
}
