package io.cvmjourneys.loyalty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the points ledger.
 *
 * @param points    positive for an earning, negative for what leaves the balance
 * @param expiresOn earnings only: the day their points lapse unless spent before
 */
public record LoyaltyEntry(Kind kind, int points, String reason, String reference, String channel, String bookedBy,
                           Instant bookedAt, LocalDate expiresOn) {

    /** What moved the balance. */
    public enum Kind {
        /** Points the program gave for a behaviour it rewards. */
        EARN,
        /** Points the member spent on a reward. */
        REDEEM,
        /** Points earned more than twelve months ago and not spent. */
        EXPIRE,
        /** Points not spent when the membership closed. */
        LAPSE
    }
}
