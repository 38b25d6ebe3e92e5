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
import static io.cvmjourneys.nba.arbitration.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Suppression;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceDisruptionPolicyTest {

    private final ServiceDisruptionPolicy policy = new ServiceDisruptionPolicy();

    @Test
    void pausesOffersWhileAnIncidentIsOpenInTheArea() {
        ArbitrationCase result = runAlone(policy, caseOf(
                aCustomer().withIncident("INC-0017", "Network outage", today("09:12")), Channel.CALL_CENTER, NOW,
                anOffer("upgrade"), anOffer("retention-discount").inProgram("proactive-retention")));

        assertThat(result.standing()).isEmpty();
        assertThat(result.suppressed()).allSatisfy(suppression -> {
            assertThat(suppression.rule()).isEqualTo("Service disruption");
            assertThat(suppression.reason()).isEqualTo(
                    "Network outage in area 28003 since 09:12 (INC-0017): commercial offers wait until it is fixed");
        });
    }

    @Test
    void namesTheLongestRunningIncidentWithItsDayWhenItBeganBeforeToday() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer()
                        .withIncident("INC-0020", "Slow mobile data", today("08:00"))
                        .withIncident("INC-0011", "Fibre cut", Instant.parse("2026-11-03T22:40:00Z")),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        Suppression suppression = onlySuppression(result);
        assertThat(suppression.reason()).startsWith("Fibre cut in area 28003 since 2026-11-03 22:40 (INC-0011)");
    }

    @Test
    void keepsServiceAndMandatoryActions() {
        ArbitrationCase result = runAlone(policy, caseOf(
                aCustomer().withIncident("INC-0017", "Network outage", today("09:12")), Channel.CALL_CENTER, NOW,
                aServiceAction("outage-apology"), aMandatoryAction("outage-notice")));

        assertThat(standingIds(result)).containsExactly("outage-apology", "outage-notice");
    }

    @Test
    void keepsOffersWhenNoIncidentIsOpen() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }
}
