package io.cvmjourneys.nba.arbitration;

import static io.cvmjourneys.nba.arbitration.Fixtures.NOW;
import static io.cvmjourneys.nba.arbitration.Fixtures.aCustomer;
import static io.cvmjourneys.nba.arbitration.Fixtures.aMandatoryAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.aServiceAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.anOffer;
import static io.cvmjourneys.nba.arbitration.Fixtures.caseOf;
import static io.cvmjourneys.nba.arbitration.Fixtures.runAlone;
import static io.cvmjourneys.nba.arbitration.Fixtures.standingIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Suppression;
import org.junit.jupiter.api.Test;

class ProgramNotLivePolicyTest {

    private final ProgramNotLivePolicy policy = new ProgramNotLivePolicy();

    @Test
    void offersAndServiceActionsOfAProgramNotLiveAreNotProposed() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.CALL_CENTER, NOW,
                anOffer("upgrade").ofAProgramNotLive(), aServiceAction("tip").ofAProgramNotLive(), anOffer("renewal")));

        assertThat(standingIds(result)).containsExactly("renewal");
        assertThat(result.suppressed()).extracting(Suppression::actionId).containsExactly("upgrade", "tip");
        assertThat(result.suppressed()).allSatisfy(suppression -> {
            assertThat(suppression.rule()).isEqualTo("Program not live");
            assertThat(suppression.reason()).endsWith("is not live: no offers until a CVM manager puts it live again");
        });
    }

    @Test
    void aNoticeTheLawRequiresIsStillGiven() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.SMS, NOW,
                aMandatoryAction("dunning").ofAProgramNotLive()));

        assertThat(standingIds(result)).containsExactly("dunning");
    }
}
