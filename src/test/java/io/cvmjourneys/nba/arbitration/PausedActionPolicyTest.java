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

class PausedActionPolicyTest {

    private final PausedActionPolicy policy = new PausedActionPolicy();

    @Test
    void suppressesPausedActionsWhateverTheirKind() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.CALL_CENTER, NOW,
                anOffer("upgrade").paused(), aServiceAction("tip").paused(), aMandatoryAction("dunning").paused()));

        assertThat(result.standing()).isEmpty();
        assertThat(result.suppressed()).extracting(Suppression::actionId)
                .containsExactly("upgrade", "tip", "dunning");
        assertThat(result.suppressed()).allSatisfy(suppression -> {
            assertThat(suppression.rule()).isEqualTo("Paused action");
            assertThat(suppression.reason()).isEqualTo("Paused by a CVM manager: not proposed until it is resumed");
        });
    }

    @Test
    void keepsActionsThatAreNotPaused() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.CALL_CENTER, NOW,
                anOffer("upgrade"), anOffer("loyalty").paused()));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }
}
