package io.cvmjourneys.nba.arbitration;

import static io.cvmjourneys.nba.arbitration.Fixtures.NOW;
import static io.cvmjourneys.nba.arbitration.Fixtures.aCustomer;
import static io.cvmjourneys.nba.arbitration.Fixtures.aMandatoryAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.aServiceAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.anOffer;
import static io.cvmjourneys.nba.arbitration.Fixtures.caseOf;
import static io.cvmjourneys.nba.arbitration.Fixtures.onlySuppression;
import static io.cvmjourneys.nba.arbitration.Fixtures.runAlone;
import static io.cvmjourneys.nba.arbitration.Fixtures.standingIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.HoldoutGroups;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.nba.Suppression;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoldoutPolicyTest {

    private static final HoldoutGroups TEN_PERCENT_OF_UPGRADES = groups(Map.of("device-upgrade", 0.1));
    // with device-upgrade at 10 %: C-1002 is held out, C-1001 is not
    private static final String HELD_OUT = "C-1002";
    private static final String TREATED = "C-1001";

    private final HoldoutPolicy policy = new HoldoutPolicy(TEN_PERCENT_OF_UPGRADES);

    @Test
    void aHeldOutCustomerGetsNoneOfTheProgramsOffersButItsServiceAndNotices() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().withId(HELD_OUT), Channel.APP, NOW,
                anOffer("upgrade"), aServiceAction("repair").inProgram("device-upgrade"),
                aMandatoryAction("lease-notice").inProgram("device-upgrade"), anOffer("bundle").inProgram("upsell-cross-sell")));

        assertThat(standingIds(result)).containsExactly("repair", "lease-notice", "bundle");
        Suppression suppression = onlySuppression(result);
        assertThat(suppression.rule()).isEqualTo("Holdout control");
        assertThat(suppression.reason()).isEqualTo(
                "Customer is in the device-upgrade control group (10 % held out to measure the program's uplift)");
    }

    @Test
    void aCustomerOutsideTheControlGroupKeepsTheOffers() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().withId(TREATED), Channel.APP, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void theGroupIsTheConfiguredShareOfCustomersAndTheSameOnEveryCall() {
        long heldOut = IntStream.range(0, 20_000).mapToObj(n -> "CUST-" + n)
                .filter(customer -> TEN_PERCENT_OF_UPGRADES.isHeldOut(customer, "device-upgrade"))
                .count();

        assertThat(heldOut).isBetween(1_800L, 2_200L);
        assertThat(groups(Map.of("device-upgrade", 0.1)).isHeldOut(HELD_OUT, "device-upgrade")).isTrue();
    }

    @Test
    void eachProgramDrawsItsOwnControlGroup() {
        HoldoutGroups twoPrograms = groups(Map.of("device-upgrade", 0.5, "loyalty", 0.5));

        long inBoth = IntStream.range(0, 10_000).mapToObj(n -> "CUST-" + n)
                .filter(customer -> twoPrograms.isHeldOut(customer, "device-upgrade") && twoPrograms.isHeldOut(customer, "loyalty"))
                .count();

        assertThat(inBoth).isBetween(2_250L, 2_750L); // about a half of a half: independent draws
    }

    @Test
    void aProgramWithoutHoldoutHoldsNobodyOut() {
        assertThat(TEN_PERCENT_OF_UPGRADES.isHeldOut(HELD_OUT, "loyalty")).isFalse();
        assertThat(TEN_PERCENT_OF_UPGRADES.share("loyalty")).isZero();
    }

    @Test
    void aShareAboveHalfIsRefusedAtStartUp() {
        assertThatThrownBy(() -> groups(Map.of("loyalty", 0.6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cvm.nba.holdout.loyalty is 0.6");
    }

    private static HoldoutGroups groups(Map<String, Double> shares) {
        return new HoldoutGroups(new NbaPolicies(null, null, null, null, null, null, null, shares, null));
    }
}
