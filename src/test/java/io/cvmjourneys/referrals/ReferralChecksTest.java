package io.cvmjourneys.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.customer.Address;
import io.cvmjourneys.customer.Billing;
import io.cvmjourneys.customer.Customer;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.Segment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each fraud check of the referral program on its own, with the words a reviewer reads, and a clean referral passing all. */
class ReferralChecksTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final Instant JOINED = Instant.parse("2026-11-23T10:00:00Z");
    private static final Address HOME = new Address("Mill Lane", "12", "ab1 2cd", "Leeds");

    private final ReferralChecks checks = new ReferralChecks(new ReferralProperties(null, null, null, null));
    private final CustomerContext referrer = context("CUST-1", "rita@example.org", "+44 7700 900001", "2019-05-01");
    private final CustomerContext friend = context("CUST-2", "fred@example.org", "+44 7700 900002", "2026-11-23");

    @Test
    void aRealFriendPassesEveryCheck() {
        assertThat(run(friend, Optional.of(HOME), Optional.of(new Address("Mill Lane", "14", "AB1 2CD", "Leeds")), 2, false))
                .isEmpty();
    }

    @Test
    void theReferrersOwnCodeOrContactIsASelfReferral() {
        assertThat(run(referrer, Optional.empty(), Optional.empty(), 0, false)).first().asString()
                .isEqualTo("Self-referral: the referrer used their own code");
        assertThat(run(context("CUST-3", "other@example.org", "+44 7700 900001", "2026-11-23"), Optional.empty(),
                Optional.empty(), 0, false)).containsExactly("Self-referral: the friend's phone number is the referrer's"
                + " (+44 7700 900001)");
    }

    @Test
    void aFriendBilledAtTheReferrersAddressIsTheSameHousehold() {
        assertThat(run(friend, Optional.of(HOME), Optional.of(new Address("Mill Lane", "12", "AB1 2CD ", "Leeds")), 0, false))
                .containsExactly("Same household: the friend is billed at the referrer's address, 12 Mill Lane, Leeds AB1 2CD");
        assertThat(run(friend, Optional.empty(), Optional.empty(), 0, false)).as("no address on record: nothing to compare")
                .isEmpty();
    }

    @Test
    void aHandsetSeenBeforeAndTooManyFriendsTooFastAreFound() {
        assertThat(run(friend, Optional.empty(), Optional.empty(), 3, true)).containsExactly(
                "Same device: handset IMEI-1 was activated in another referral before",
                "Reward farming: 4 friends of the referrer joined within 30 days (3 is the most we expect)");
    }

    @Test
    void aCustomerOfMoreThanThirtyDaysIsNotNew() {
        assertThat(run(context("CUST-4", "olly@example.org", null, "2026-10-23"), Optional.empty(), Optional.empty(), 0, false))
                .containsExactly("Not a new customer: the friend has been our customer since 2026-10-23, more than 30 days"
                        + " before joining with the code");
        assertThat(run(context("CUST-5", "nina@example.org", null, "2026-10-24"), Optional.empty(), Optional.empty(), 0, false))
                .as("thirty days exactly is still new").isEmpty();
    }

    private List<String> run(CustomerContext joining, Optional<Address> referrerAddress, Optional<Address> friendAddress,
                             int earlierFriends, boolean deviceSeen) {
        Referral referral = new Referral(joining.customerId(), referrer.customerId(), "RITA-7K3Q", null, "IMEI-1", JOINED,
                Referral.Status.ACTIVATED, List.of(), null, null, null);
        return checks.run(new ReferralCase(referral, referrer, joining, referrerAddress, friendAddress, earlierFriends,
                deviceSeen, TODAY));
    }

    private static CustomerContext context(String id, String email, String phone, String since) {
        Customer customer = new Customer(id, "Someone " + id, phone, email, CustomerType.POSTPAID, Segment.MASS,
                LocalDate.parse(since), BigDecimal.TEN, BigDecimal.ONE, "ZZ", false, null, null);
        return new CustomerContext(customer, List.of(), Billing.NOTHING_DUE, List.of(), List.of(), Set.of(), List.of(), List.of(),
                JOINED);
    }
}
