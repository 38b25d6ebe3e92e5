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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotOfferedTwicePolicyTest {

    private static final Instant TEN_DAYS_AGO = NOW.minus(Duration.ofDays(10));
    private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));

    private final NotOfferedTwicePolicy policy = new NotOfferedTwicePolicy(DEFAULTS);

    @Test
    void removesASaveOfferThatAlreadyReachedTheCustomerAndSaysWhenAndHow() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().offered("price-match", Channel.EMAIL, TEN_DAYS_AGO)
                        .offered("price-match", Channel.CALL_CENTER, YESTERDAY),
                Channel.CALL_CENTER, NOW, anOffer("price-match").inProgram("proactive-retention"),
                anOffer("discount-10").inProgram("cancellation-winback")));

        assertThat(standingIds(result)).containsExactly("discount-10");
        Suppression suppression = onlySuppression(result);
        assertThat(suppression.rule()).isEqualTo("Not offered twice");
        assertThat(suppression.reason()).as("the latest time it reached them")
                .isEqualTo("Already offered on 2026-11-03 through CALL_CENTER: a save offer is made once");
    }

    @Test
    void removesTheSaveWhicheverSaveProgramMadeIt() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().offered("discount-10", Channel.STORE, TEN_DAYS_AGO),
                Channel.APP, NOW, anOffer("discount-10").inProgram("cancellation-winback"),
                aServiceAction("line-check").inProgram("proactive-retention")));

        assertThat(standingIds(result)).containsExactly("line-check");
    }

    @Test
    void leavesOffersOfOtherProgramsAndNoticesAsOftenAsTheyCome() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().offered("upgrade", Channel.SMS, YESTERDAY)
                        .offered("outage-notice", Channel.SMS, YESTERDAY),
                Channel.SMS, NOW, anOffer("upgrade"), aMandatoryAction("outage-notice").inProgram("proactive-retention")));

        assertThat(standingIds(result)).containsExactly("upgrade", "outage-notice");
        assertThat(result.suppressed()).isEmpty();
    }

    @Test
    void followsTheSaveProgramsCvmManagersConfigured() {
        NotOfferedTwicePolicy configured = new NotOfferedTwicePolicy(new NbaPolicies(null, null, null, null, null, null,
                null, null, new NbaPolicies.NotOfferedTwice(List.of("save-desk"))));

        ArbitrationCase result = runAlone(configured, caseOf(aCustomer().offered("bonus", Channel.CALL_CENTER, YESTERDAY)
                        .offered("discount-10", Channel.CALL_CENTER, YESTERDAY),
                Channel.CALL_CENTER, NOW, anOffer("bonus").inProgram("save-desk"),
                anOffer("discount-10").inProgram("cancellation-winback")));

        assertThat(standingIds(result)).containsExactly("discount-10");
    }
}
