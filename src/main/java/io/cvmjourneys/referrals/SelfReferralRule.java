package io.cvmjourneys.referrals;

import io.cvmjourneys.customer.Customer;
import java.util.Objects;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/** The "friend" is the referrer: the same customer, or the same e-mail address or phone number under another name. */
@Rule(name = SelfReferralRule.NAME, priority = 1, description = "The friend is the referrer under another account")
public class SelfReferralRule {

    public static final String NAME = "Self-referral";

    @Condition
    public boolean friendIsTheReferrer(@Fact(ReferralCase.FACT) ReferralCase referral) {
        return !what(referral).isEmpty();
    }

    @Action
    public void hold(@Fact(ReferralCase.FACT) ReferralCase referral) {
        referral.found(NAME, what(referral));
    }

    private static String what(ReferralCase referral) {
        Customer referrer = referral.referrer().customer();
        Customer friend = referral.friend().customer();
        if (referrer.id().equals(friend.id())) {
            return "the referrer used their own code";
        }
        if (friend.email() != null && Objects.equals(referrer.email(), friend.email())) {
            return "the friend's e-mail address is the referrer's (" + friend.email() + ")";
        }
        if (friend.phone() != null && Objects.equals(referrer.phone(), friend.phone())) {
            return "the friend's phone number is the referrer's (" + friend.phone() + ")";
        }
        return "";
    }
}
