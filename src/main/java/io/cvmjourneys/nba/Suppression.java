package io.cvmjourneys.nba;

/** A candidate an arbitration policy removed: which policy, and why, in words an agent understands. */
public record Suppression(String actionId, String rule, String reason) {
}
