package io.cvmjourneys.referrals;

import java.math.BigDecimal;

/**
 * The referral program's figures for a period, from its own records: the funnel from lead to reward.
 *
 * @param leads           friends who left their details with a code
 * @param leadsJoined     of those leads, how many joined us with the code (at any time since)
 * @param joined          friends who joined with a code in the period (with a lead or without)
 * @param inReview        referrals of the period a person still has to decide on
 * @param rejected        referrals of the period the review turned down
 * @param rewarded        referrals of the period whose reward was paid
 * @param averageDaysToReward from joining to the reward, over the rewarded; null when none
 */
public record ReferralFigures(int referrers, int leads, int leadsJoined, int joined, int inReview, int rejected,
                              int notQualified, int rewarded, Double averageDaysToReward, BigDecimal rewardsPaid) {

    /** Leads that became customers, per hundred leads; null without leads. */
    public Long conversionPercent() {
        return leads == 0 ? null : Math.round(100.0 * leadsJoined / leads);
    }
}
