package io.cvmjourneys.referrals;

import java.time.LocalDate;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;

/** The friend was our customer well before they joined with the code: a referral brings a new customer. */
@Rule(name = NotANewCustomerRule.NAME, priority = 2, description = "The friend was already our customer")
public class NotANewCustomerRule {

    public static final String NAME = "Not a new customer";

    private final int newCustomerDays;

    public NotANewCustomerRule(ReferralProperties properties) {
        this.newCustomerDays = properties.newCustomerDays();
    }

    @Condition
    public boolean friendWasAlreadyACustomer(@Fact(ReferralCase.FACT) ReferralCase referral) {
        return customerSince(referral).isBefore(referral.today().minusDays(newCustomerDays));
    }

    @Action
    public void hold(@Fact(ReferralCase.FACT) ReferralCase referral) {
        referral.found(NAME, "the friend has been our customer since " + customerSince(referral) + ", more than "
                + newCustomerDays + " days before joining with the code");
    }

    private static LocalDate customerSince(ReferralCase referral) {
        return referral.friend().customer().customerSince();
    }
}
