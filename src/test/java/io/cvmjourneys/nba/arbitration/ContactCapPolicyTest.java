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
import io.cvmjourneys.nba.LeverSet;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.nba.Suppression;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactCapPolicyTest {

    private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
    private static final Instant THREE_DAYS_AGO = NOW.minus(Duration.ofDays(3));

    private final ContactCapPolicy policy = new ContactCapPolicy(DEFAULTS);

    @Test
    void suppressesOutboundContactOnceTheWeeklyCapIsReached() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().contactedThrough(Channel.SMS, YESTERDAY, THREE_DAYS_AGO),
                Channel.SMS, NOW, aServiceAction("usage-tip")));

        Suppression suppression = onlySuppression(result);
        assertThat(suppression.rule()).isEqualTo("Contact cap");
        assertThat(suppression.reason()).isEqualTo("2 contacts by SMS in the last 7 days, the weekly cap is 2");
    }

    @Test
    void keepsOutboundContactBelowTheCap() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().contactedThrough(Channel.SMS, YESTERDAY),
                Channel.SMS, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void countsOnlyTheLastSevenDays() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().contactedThrough(Channel.SMS, YESTERDAY,
                        NOW.minus(Duration.ofDays(7)).minusSeconds(1)),
                Channel.SMS, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void countsOnlyContactsInTheSameChannel() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().contactedThrough(Channel.EMAIL, YESTERDAY,
                        THREE_DAYS_AGO, THREE_DAYS_AGO),
                Channel.SMS, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void capsNothingWhenTheCustomerCameToUs() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().contactedThrough(Channel.APP, YESTERDAY,
                        YESTERDAY, YESTERDAY, YESTERDAY),
                Channel.APP, NOW, anOffer("upgrade")));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void aCapOverAllOutboundChannelsCountsEveryChannelTogether() {
        ContactCapPolicy threeInAll = new ContactCapPolicy(NbaPolicies.defaults().with(new LeverSet(null, null,
                Map.of(Channel.SMS, 2), 3, LocalTime.of(21, 0), LocalTime.of(8, 0))));

        ArbitrationCase belowAll = runAlone(threeInAll, caseOf(aCustomer().contactedThrough(Channel.EMAIL, YESTERDAY)
                .contactedThrough(Channel.PUSH, THREE_DAYS_AGO), Channel.SMS, NOW, anOffer("upgrade")));
        ArbitrationCase atAll = runAlone(threeInAll, caseOf(aCustomer().contactedThrough(Channel.EMAIL, YESTERDAY, YESTERDAY)
                .contactedThrough(Channel.SMS, THREE_DAYS_AGO), Channel.SMS, NOW, anOffer("upgrade")));

        assertThat(standingIds(belowAll)).containsExactly("upgrade");
        assertThat(onlySuppression(atAll).reason())
                .isEqualTo("3 contacts over all outbound channels in the last 7 days, the weekly cap over all of them is 3");
    }

    @Test
    void usesTheCapsCvmManagersConfigured() {
        ContactCapPolicy threeSms = new ContactCapPolicy(new NbaPolicies(null, null, null, null, null,
                new NbaPolicies.Contact(null, Map.of(Channel.SMS, 3), null, null, null), null));

        ArbitrationCase twoSms = runAlone(threeSms, caseOf(aCustomer().contactedThrough(Channel.SMS, YESTERDAY,
                THREE_DAYS_AGO), Channel.SMS, NOW, anOffer("upgrade")));
        ArbitrationCase threeSmsSent = runAlone(threeSms, caseOf(aCustomer().contactedThrough(Channel.SMS, YESTERDAY,
                YESTERDAY, THREE_DAYS_AGO), Channel.SMS, NOW, anOffer("upgrade")));
        ArbitrationCase uncappedEmail = runAlone(threeSms, caseOf(aCustomer().contactedThrough(Channel.EMAIL, YESTERDAY,
                YESTERDAY, YESTERDAY, YESTERDAY), Channel.EMAIL, NOW, anOffer("upgrade")));

        assertThat(standingIds(twoSms)).containsExactly("upgrade");
        assertThat(onlySuppression(threeSmsSent).reason()).isEqualTo("3 contacts by SMS in the last 7 days, the weekly cap is 3");
        assertThat(standingIds(uncappedEmail)).containsExactly("upgrade");
    }

    @Test
    void sendsAMandatoryActionOverTheCapAndNotesIt() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().contactedThrough(Channel.SMS, YESTERDAY, THREE_DAYS_AGO),
                Channel.SMS, NOW, aMandatoryAction("barring-notice")));

        assertThat(standingIds(result)).containsExactly("barring-notice");
        assertThat(result.notes().get("barring-notice"))
                .containsExactly("Mandatory: bypassed the cap, 2 contacts by SMS in the last 7 days, the weekly cap is 2");
    }
}
