package io.cvmjourneys.nba.arbitration;

import static io.cvmjourneys.nba.arbitration.Fixtures.DEFAULTS;
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

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.nba.Suppression;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyPrecedencePolicyTest {

    private final JourneyPrecedencePolicy policy = new JourneyPrecedencePolicy(DEFAULTS);

    @Test
    void suppressesOffersOfProgramsTheRunningJourneyExcludes() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().inJourney("delinquency-management"),
                Channel.CALL_CENTER, NOW, anOffer("double-points").inProgram("loyalty")));

        Suppression suppression = onlySuppression(result);
        assertThat(suppression.rule()).isEqualTo("Journey precedence");
        assertThat(suppression.reason())
                .isEqualTo("Customer is in the delinquency-management journey: loyalty offers wait until it ends");
    }

    @Test
    void keepsEveryProgramsOffersAwayWhileAnInvoiceIsCollected() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().inJourney("delinquency-management"),
                Channel.CALL_CENTER, NOW, anOffer("renewal").inProgram("proactive-retention"),
                anOffer("discount").inProgram("cancellation-winback"), anOffer("fibre").inProgram("moving-house"),
                aServiceAction("payment-plan").inProgram("delinquency-management")));

        assertThat(standingIds(result)).containsExactly("payment-plan");
    }

    @Test
    void keepsOffersOfProgramsTheJourneyDoesNotExclude() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().inJourney("moving-house"), Channel.CALL_CENTER,
                NOW, anOffer("upgrade").inProgram("device-upgrade"), anOffer("double-points").inProgram("loyalty")));

        assertThat(standingIds(result)).containsExactly("double-points");
    }

    @Test
    void keepsServiceAndMandatoryActionsOfExcludedPrograms() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().inJourney("delinquency-management"),
                Channel.CALL_CENTER, NOW, aServiceAction("points-balance").inProgram("loyalty"),
                aMandatoryAction("points-expiry-notice").inProgram("loyalty")));

        assertThat(standingIds(result)).containsExactly("points-balance", "points-expiry-notice");
    }

    @Test
    void ignoresJourneysWithoutPrecedence() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().inJourney("welcome-onboarding"),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void followsThePrecedenceCvmManagersConfigured() {
        NbaPolicies onlyOnboarding = new NbaPolicies(null, null, null, null, null, null,
                Map.of("welcome-onboarding", List.of("loyalty")));
        JourneyPrecedencePolicy configured = new JourneyPrecedencePolicy(onlyOnboarding);

        ArbitrationCase onboarding = runAlone(configured, caseOf(aCustomer().inJourney("welcome-onboarding"),
                Channel.CALL_CENTER, NOW, anOffer("double-points").inProgram("loyalty")));
        ArbitrationCase dunning = runAlone(configured, caseOf(aCustomer().inJourney("delinquency-management"),
                Channel.CALL_CENTER, NOW, anOffer("double-points").inProgram("loyalty")));

        assertThat(onlySuppression(onboarding).reason()).contains("welcome-onboarding");
        assertThat(standingIds(dunning)).containsExactly("double-points");
    }
}
