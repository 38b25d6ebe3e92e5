package io.cvmjourneys.referrals;

import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/** The friend's line was activated in a handset another referral's line was activated in: one phone, many "friends". */
@Rule(name = SameDeviceRule.NAME, priority = 4, description = "The friend's handset was used in another referral")
public class SameDeviceRule {

    public static final String NAME = "Same device";

    @Condition
    public boolean handsetSeenBefore(@Fact(ReferralCase.FACT) ReferralCase referral) {
        return referral.deviceSeen();
    }

    @Action
    public void hold(@Fact(ReferralCase.FACT) ReferralCase referral) {
        referral.found(NAME, "handset " + referral.referral().deviceId() + " was activated in another referral before");
    }
}
