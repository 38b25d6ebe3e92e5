package io.cvmjourneys.nba.arbitration;

import io.cvmjourneys.nba.Candidate;

/**
 * What consent, quiet hours and contact caps do with an action they catch in an outbound channel:
 * a mandatory action still goes out (contract or law requires it) and the decision log notes why it
 * was let through; any other action is removed.
 */
final class OutboundLimit {

    private OutboundLimit() {
    }

    static void enforce(ArbitrationCase arbitrationCase, Candidate candidate, String rule, String reason,
                        String mandatoryNote) {
        if (candidate.action().isMandatory()) {
            arbitrationCase.note(candidate, mandatoryNote);
        } else {
            arbitrationCase.suppress(candidate, rule, reason);
        }
    }
}
