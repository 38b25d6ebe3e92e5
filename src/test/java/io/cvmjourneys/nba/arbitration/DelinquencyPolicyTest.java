package io.cvmjourneys.nba.arbitration;

import static io.cvmjourneys.nba.arbitration.Fixtures.DEFAULTS;
import static io.cvmjourneys.nba.arbitration.Fixtures.NOW;
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

class DelinquencyPolicyTest {

    private final DelinquencyPolicy policy = new DelinquencyPolicy(DEFAULTS);

    @Test
    void suppressesOffersOfBlockedProgramsWhileOverdue() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().overdueFor(23, 1), Channel.CALL_CENTER, NOW,
                anOffer("upgrade").inProgram("device-upgrade"), anOffer("extra-data").inProgram("upsell-cross-sell")));

        assertThat(result.standing()).isEmpty();
        Suppression upgrade = result.suppressed().get(0);
        assertThat(upgrade.rule()).isEqualTo("Delinquency");
        assertThat(upgrade.reason()).isEqualTo(
                "Invoice overdue for 23 days: no device-upgrade offers until paid; offer a payment plan instead");
    }

    @Test
    void namesHowManyInvoicesAreOverdue() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().overdueFor(40, 2), Channel.CALL_CENTER, NOW,
                anOffer("upgrade")));

        assertThat(onlySuppression(result).reason()).startsWith("2 invoices overdue, the oldest for 40 days");
    }

    @Test
    void keepsPaymentPlansAndOffersOfOtherPrograms() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().overdueFor(23, 1), Channel.CALL_CENTER, NOW,
                aServiceAction("payment-plan").inProgram("collections"),
                anOffer("retention-discount").inProgram("cancellation-winback")));

        assertThat(standingIds(result)).containsExactly("payment-plan", "retention-discount");
    }

    @Test
    void keepsOffersWhenNothingIsOverdue() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.CALL_CENTER, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void countsAsDelinquentFromTheConfiguredDaysOverdue() {
        DelinquencyPolicy fromFiveDays = new DelinquencyPolicy(
                new NbaPolicies(null, null, new NbaPolicies.Delinquency(5, null), null, null, null, null));

        ArbitrationCase fourDays = runAlone(fromFiveDays, caseOf(aCustomer().overdueFor(4, 1), Channel.CALL_CENTER,
                NOW, anOffer("upgrade")));
        ArbitrationCase fiveDays = runAlone(fromFiveDays, caseOf(aCustomer().overdueFor(5, 1), Channel.CALL_CENTER,
                NOW, anOffer("upgrade")));

        assertThat(standingIds(fourDays)).containsExactly("upgrade");
        assertThat(onlySuppression(fiveDays).reason()).startsWith("Invoice overdue for 5 days");
    }

    @Test
    void blocksTheProgramsCvmManagersConfigured() {
        DelinquencyPolicy onlyLoyalty = new DelinquencyPolicy(new NbaPolicies(null, null,
                new NbaPolicies.Delinquency(null, List.of("loyalty")), null, null, null, null));

        ArbitrationCase result = runAlone(onlyLoyalty, caseOf(aCustomer().overdueFor(23, 1), Channel.CALL_CENTER, NOW,
                anOffer("upgrade").inProgram("device-upgrade"), anOffer("double-points").inProgram("loyalty")));

        assertThat(standingIds(result)).containsExactly("upgrade");
        assertThat(onlySuppression(result).reason()).contains("no loyalty offers until paid");
    }
}
