package io.cvmjourneys.referrals;

import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/**
 * The friend is billed at the referrer's address: a second line for the household, which may be a
 * real friend living there or the referrer rewarding themselves. A person tells them apart.
 */
@Rule(name = SameHouseholdRule.NAME, priority = 3, description = "The friend lives at the referrer's address")
public class SameHouseholdRule {

    public static final String NAME = "Same household";

    @Condition
    public boolean friendLivesWithTheReferrer(@Fact(ReferralCase.FACT) ReferralCase referral) {
        return referral.friendAddress().isPresent() && referral.friendAddress().equals(referral.referrerAddress());
    }

    @Action
    public void hold(@Fact(ReferralCase.FACT) ReferralCase referral) {
        referral.found(NAME, "the friend is billed at the referrer's address, " + referral.friendAddress().orElseThrow().oneLine());
    }
}
