package io.cvmjourneys.loyalty;

import java.util.Map;

/**
 * The loyalty program's figures for a period, from the points ledger: members and their tiers at its
 * end, who joined and left in it, and the points that moved.
 *
 * @param membersByTier members at the period's end, per tier, highest first
 * @param outstanding   points members may still spend at the period's end: what the program owes them
 */
public record LoyaltyFigures(int members, Map<String, Integer> membersByTier, int joined, int left, long earned,
                             long redeemed, long expired, long outstanding) {

    public LoyaltyFigures {
        membersByTier = Map.copyOf(membersByTier);
    }

    /** Points spent for every hundred earned in the period; null when none were earned. */
    public Long redemptionPercent() {
        return earned == 0 ? null : Math.round(100.0 * redeemed / earned);
    }
}
