package io.cvmjourneys.nba;

/** What an action is for; arbitration treats each kind differently. */
public enum ActionKind {
    /** An offer: discount, upgrade, cross-sell. Needs marketing consent; suppressed by most policies. */
    COMMERCIAL,
    /** Help with the customer's own service: apology, tip, payment plan. */
    SERVICE,
    /** Required by contract or law: dunning and barring notices, outage notices. Never capped, always logged. */
    MANDATORY
}
