package io.cvmjourneys.referrals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A friend who joined with a customer's code.
 *
 * @param leadReference the lead the friend left before joining, when one matched
 * @param deviceId      the handset the friend's line was activated in, when the order said
 * @param findings      what the fraud checks found, one line per rule; empty when nothing
 */
public record Referral(String friendId, String referrerId, String code, String leadReference, String deviceId,
                       Instant activatedAt, Status status, List<String> findings, BigDecimal referrerReward,
                       BigDecimal friendReward, Instant rewardedAt) {

    public Referral {
        findings = List.copyOf(findings);
    }

    public enum Status {
        /** Attributed to the referrer; waiting for the qualifying period to pass. */
        ACTIVATED,
        /** A fraud check found something: a person decides. */
        IN_REVIEW,
        REJECTED,
        /** The friend asked to leave, or did not pay, before the qualifying period passed. */
        NOT_QUALIFIED,
        REWARDED
    }
}
