package io.cvmjourneys.nba.arbitration;

import static io.cvmjourneys.nba.arbitration.Fixtures.NOW;
import static io.cvmjourneys.nba.arbitration.Fixtures.TODAY;
import static io.cvmjourneys.nba.arbitration.Fixtures.aCustomer;
import static io.cvmjourneys.nba.arbitration.Fixtures.anOffer;
import static io.cvmjourneys.nba.arbitration.Fixtures.caseIn;
import static io.cvmjourneys.nba.arbitration.Fixtures.caseOf;
import static io.cvmjourneys.nba.arbitration.Fixtures.onlySuppression;
import static io.cvmjourneys.nba.arbitration.Fixtures.runAlone;
import static io.cvmjourneys.nba.arbitration.Fixtures.standingIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.Suppression;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeliverabilityPolicyTest {

    private final DeliverabilityPolicy policy = new DeliverabilityPolicy();

    @Test
    void suppressesAnActionTheChannelCannotDeliver() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.SMS, NOW,
                anOffer("upgrade").deliverableThrough(Channel.EMAIL, Channel.APP)));

        Suppression suppression = onlySuppression(result);
        assertThat(suppression.rule()).isEqualTo("Deliverability");
        assertThat(suppression.reason()).isEqualTo("Cannot be given in SMS (only in APP, EMAIL)");
    }

    @Test
    void keepsAnActionTheChannelDelivers() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.APP, NOW,
                anOffer("upgrade").deliverableThrough(Channel.EMAIL, Channel.APP)));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void suppressesAnActionNotYetValid() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.APP, NOW,
                anOffer("black-friday").validBetween(TODAY.plusDays(1), TODAY.plusDays(10))));

        assertThat(onlySuppression(result).reason())
                .isEqualTo("Not valid today (2026-11-04): valid from 2026-11-05 until 2026-11-14");
    }

    @Test
    void suppressesAnActionNoLongerValid() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.APP, NOW,
                anOffer("summer").validBetween(null, TODAY.minusDays(1))));

        assertThat(onlySuppression(result).reason()).contains("valid until 2026-11-03");
    }

    @Test
    void keepsAnActionOnItsFirstAndLastValidDay() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.APP, NOW,
                anOffer("starts-today").validBetween(TODAY, null), anOffer("ends-today").validBetween(null, TODAY)));

        assertThat(standingIds(result)).containsExactly("starts-today", "ends-today");
    }

    @Test
    void countsValidityDaysInTheOperatorsZone() {
        // 12:00 UTC on 4 November is already 01:00 on 5 November in Auckland
        Instant noonUtc = Instant.parse("2026-11-04T12:00:00Z");
        ArbitrationCase inAuckland = runAlone(policy, caseIn(ZoneId.of("Pacific/Auckland"), aCustomer(), Channel.APP, noonUtc,
                anOffer("ends-on-the-4th").validBetween(null, TODAY)));
        ArbitrationCase inUtc = runAlone(policy, caseOf(aCustomer(), Channel.APP, noonUtc,
                anOffer("ends-on-the-4th").validBetween(null, TODAY)));

        assertThat(onlySuppression(inAuckland).reason()).contains("Not valid today (2026-11-05)");
        assertThat(standingIds(inUtc)).containsExactly("ends-on-the-4th");
    }
}
