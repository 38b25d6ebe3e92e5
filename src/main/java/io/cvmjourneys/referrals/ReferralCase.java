package io.cvmjourneys.referrals;

import io.cvmjourneys.customer.Address;
import io.cvmjourneys.customer.CustomerContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the fraud checks look at for one referral, read once; each rule that finds something adds a
 * line saying what, in words a reviewer acts on.
 *
 * @param earlierFriends friends of the same referrer who joined within the farming window before this one
 * @param deviceSeen     the friend's handset was activated in another referral already
 */
record ReferralCase(Referral referral, CustomerContext referrer, CustomerContext friend, Optional<Address> referrerAddress,
                    Optional<Address> friendAddress, int earlierFriends, boolean deviceSeen, LocalDate today,
                    List<String> findings) {

    static final String FACT = "referral";

    ReferralCase(Referral referral, CustomerContext referrer, CustomerContext friend, Optional<Address> referrerAddress,
                 Optional<Address> friendAddress, int earlierFriends, boolean deviceSeen, LocalDate today) {
        this(referral, referrer, friend, referrerAddress, friendAddress, earlierFriends, deviceSeen, today, new ArrayList<>());
    }

    void found(String rule, String what) {
        findings.add(rule + ": " + what);
    }
}
