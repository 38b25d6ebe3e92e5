package io.cvmjourneys.referrals;

import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/** Friends joining faster than friends do: the referrer's code brought many in a few weeks. */
@Rule(name = RewardFarmingRule.NAME, priority = 5, description = "Many friends of one referrer joined within a few weeks")
public class RewardFarmingRule {

    public static final String NAME = "Reward farming";

    private final int windowDays;
    private final int limit;

    public RewardFarmingRule(ReferralProperties properties) {
        this.windowDays = properties.farmingWindowDays();
        this.limit = properties.farmingLimit();
    }

    @Condition
    public boolean tooManyFriendsTooFast(@Fact(ReferralCase.FACT) ReferralCase referral) {
        return referral.earlierFriends() >= limit;
    }

    @Action
    public void hold(@Fact(ReferralCase.FACT) ReferralCase referral) {
        referral.found(NAME, (referral.earlierFriends() + 1) + " friends of the referrer joined within " + windowDays
                + " days (" + limit + " is the most we expect)");
    }
}
