package io.cvmjourneys.loyalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a member stands on a day: what they may spend, what they earned in the last twelve months
 * (the tier reads it), and what lapses within a month unless spent.
 *
 * @param expiringBy the day {@code expiringSoon} points lapse; null when none do within a month
 * @param recent     the latest rows of the ledger, newest first
 */
public record LoyaltyStatement(String customerId, String tier, LocalDate tierSince, Instant enrolledAt, Instant leftAt,
                               int balance, int earnedLast12Months, int expiringSoon, LocalDate expiringBy,
                               List<LoyaltyEntry> recent) {

    public LoyaltyStatement {
        recent = List.copyOf(recent);
    }

    public boolean isMember() {
        return leftAt == null;
    }
}
