package io.cvmjourneys.nba.arbitration;

import static io.cvmjourneys.nba.arbitration.Fixtures.DEFAULTS;
import static io.cvmjourneys.nba.arbitration.Fixtures.NOW;
import static io.cvmjourneys.nba.arbitration.Fixtures.TODAY;
import static io.cvmjourneys.nba.arbitration.Fixtures.aCustomer;
import static io.cvmjourneys.nba.arbitration.Fixtures.aServiceAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.anOffer;
import static io.cvmjourneys.nba.arbitration.Fixtures.at;
import static io.cvmjourneys.nba.arbitration.Fixtures.caseOf;
import static io.cvmjourneys.nba.arbitration.Fixtures.onlySuppression;
import static io.cvmjourneys.nba.arbitration.Fixtures.runAlone;
import static io.cvmjourneys.nba.arbitration.Fixtures.standingIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.nba.Suppression;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ComplaintCooldownPolicyTest {

    private final ComplaintCooldownPolicy policy = new ComplaintCooldownPolicy(DEFAULTS);

    @Test
    void suppressesOffersWhileAComplaintIsOpen() {
        ArbitrationCase result = runAlone(policy, caseOf(
                aCustomer().withOpenComplaint("CMP-7", at(TODAY.minusDays(2), LocalTime.NOON)), Channel.CALL_CENTER,
                NOW, anOffer("upgrade")));

        Suppression suppression = onlySuppression(result);
        assertThat(suppression.rule()).isEqualTo("Complaint cooldown");
        assertThat(suppression.reason())
                .isEqualTo("Complaint CMP-7 (billing) is open since 2026-11-02: no commercial offers until it is resolved");
    }

    @Test
    void suppressesOffersDuringTheCooldownAfterResolution() {
        ArbitrationCase result = runAlone(policy, caseOf(
                aCustomer().withComplaintResolved("CMP-5", at(TODAY.minusDays(10), LocalTime.NOON)),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(onlySuppression(result).reason()).isEqualTo("Complaint CMP-5 (network) was resolved on 2026-10-25:"
                + " no commercial offers until 2026-11-08 (14-day cooldown)");
    }

    @Test
    void offersReturnOnTheDayTheCooldownEnds() {
        ArbitrationCase lastCooldownDay = runAlone(policy, caseOf(
                aCustomer().withComplaintResolved("CMP-5", at(TODAY.minusDays(13), LocalTime.of(6, 0))),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));
        ArbitrationCase cooldownOver = runAlone(policy, caseOf(
                aCustomer().withComplaintResolved("CMP-5", at(TODAY.minusDays(14), LocalTime.of(23, 59))),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(onlySuppression(lastCooldownDay).reason()).contains("until 2026-11-05");
        assertThat(standingIds(cooldownOver)).containsExactly("upgrade");
    }

    @Test
    void countsFromTheLatestResolution() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer()
                        .withComplaintResolved("CMP-1", at(TODAY.minusDays(30), LocalTime.NOON))
                        .withComplaintResolved("CMP-2", at(TODAY.minusDays(5), LocalTime.NOON)),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(onlySuppression(result).reason()).startsWith("Complaint CMP-2");
    }

    @Test
    void usesTheCooldownCvmManagersConfigured() {
        ComplaintCooldownPolicy threeDays = new ComplaintCooldownPolicy(
                new NbaPolicies(null, null, null, new NbaPolicies.ComplaintCooldown(3), null, null, null));

        ArbitrationCase resolvedThreeDaysAgo = runAlone(threeDays, caseOf(
                aCustomer().withComplaintResolved("CMP-5", at(TODAY.minusDays(3), LocalTime.NOON)),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));
        ArbitrationCase resolvedTwoDaysAgo = runAlone(threeDays, caseOf(
                aCustomer().withComplaintResolved("CMP-5", at(TODAY.minusDays(2), LocalTime.NOON)),
                Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(standingIds(resolvedThreeDaysAgo)).containsExactly("upgrade");
        assertThat(onlySuppression(resolvedTwoDaysAgo).reason()).contains("(3-day cooldown)");
    }

    @Test
    void keepsServiceActionsWhileAComplaintIsOpen() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().withOpenComplaint("CMP-7", NOW),
                Channel.CALL_CENTER, NOW, aServiceAction("complaint-follow-up")));

        assertThat(standingIds(result)).containsExactly("complaint-follow-up");
    }

    @Test
    void keepsOffersWithoutComplaints() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }
}
