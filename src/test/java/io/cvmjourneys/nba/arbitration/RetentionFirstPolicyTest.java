package io.cvmjourneys.nba.arbitration;

import static io.cvmjourneys.nba.arbitration.Fixtures.DEFAULTS;
import static io.cvmjourneys.nba.arbitration.Fixtures.NOW;
import static io.cvmjourneys.nba.arbitration.Fixtures.TODAY;
import static io.cvmjourneys.nba.arbitration.Fixtures.aCustomer;
import static io.cvmjourneys.nba.arbitration.Fixtures.aServiceAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.anOffer;
import static io.cvmjourneys.nba.arbitration.Fixtures.caseOf;
import static io.cvmjourneys.nba.arbitration.Fixtures.onlySuppression;
import static io.cvmjourneys.nba.arbitration.Fixtures.runAlone;
import static io.cvmjourneys.nba.arbitration.Fixtures.standingIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.nba.Suppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionFirstPolicyTest {

    private final RetentionFirstPolicy policy = new RetentionFirstPolicy(DEFAULTS);

    @Test
    void keepsOnlyRetentionOffersWhenTheContractEndsWithinTheWindow() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().withContractEndingOn(TODAY.plusDays(60)),
                Channel.CALL_CENTER, NOW, anOffer("upgrade"), anOffer("retention-discount").inProgram("proactive-retention"),
                anOffer("winback").inProgram("cancellation-winback")));

        assertThat(standingIds(result)).containsExactly("retention-discount", "winback");
        Suppression suppression = onlySuppression(result);
        assertThat(suppression.rule()).isEqualTo("Retention first");
        assertThat(suppression.reason())
                .isEqualTo("Contract ends in 60 days (2027-01-03): only retention offers until it is renewed");
    }

    @Test
    void keepsOtherOffersWhenTheContractEndsLater() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().withContractEndingOn(TODAY.plusDays(61)),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void ignoresAContractThatHasAlreadyEnded() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().withContractEndingOn(TODAY.minusDays(1)),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void keepsOnlyRetentionOffersWhileARetentionJourneyRuns() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().inJourney("cancellation-winback"),
                Channel.CALL_CENTER, NOW, anOffer("upgrade"), anOffer("retention-discount").inProgram("proactive-retention")));

        assertThat(standingIds(result)).containsExactly("retention-discount");
        assertThat(onlySuppression(result).reason())
                .isEqualTo("Customer is in the cancellation-winback journey: only retention offers while it runs");
    }

    @Test
    void keepsServiceActions() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().inJourney("cancellation-winback"),
                Channel.CALL_CENTER, NOW, aServiceAction("usage-tip")));

        assertThat(standingIds(result)).containsExactly("usage-tip");
    }

    @Test
    void followsTheWindowJourneysAndProgramsCvmManagersConfigured() {
        RetentionFirstPolicy configured = new RetentionFirstPolicy(new NbaPolicies(null, null, null, null,
                new NbaPolicies.RetentionFirst(30, List.of("port-out-rescue"), List.of("save-desk")), null, null));

        ArbitrationCase endsIn45Days = runAlone(configured, caseOf(aCustomer().withContractEndingOn(TODAY.plusDays(45)),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));
        ArbitrationCase winbackJourney = runAlone(configured, caseOf(aCustomer().inJourney("cancellation-winback"),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));
        ArbitrationCase portOutRescue = runAlone(configured, caseOf(aCustomer().inJourney("port-out-rescue"),
                Channel.CALL_CENTER, NOW, anOffer("upgrade"), anOffer("retention-discount").inProgram("proactive-retention"),
                anOffer("save-desk-bonus").inProgram("save-desk")));

        assertThat(standingIds(endsIn45Days)).containsExactly("upgrade");
        assertThat(standingIds(winbackJourney)).containsExactly("upgrade");
        assertThat(standingIds(portOutRescue)).containsExactly("save-desk-bonus");
    }
}
