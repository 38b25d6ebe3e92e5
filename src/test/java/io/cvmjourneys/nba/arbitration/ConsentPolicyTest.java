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

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.nba.Suppression;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConsentPolicyTest {

    private final ConsentPolicy policy = new ConsentPolicy(DEFAULTS);

    @Test
    void suppressesAnOutboundOfferWithoutMarketingConsent() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.SMS, NOW,
                anOffer("upgrade").needingConsent(ConsentPurpose.MARKETING)));

        Suppression suppression = onlySuppression(result);
        assertThat(suppression.rule()).isEqualTo("Consent");
        assertThat(suppression.reason())
                .isEqualTo("Customer has not given MARKETING consent for SMS: not sent");
    }

    @Test
    void needsConsentForTheChannelUsed() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().consentingTo(ConsentPurpose.MARKETING, Channel.SMS),
                Channel.EMAIL, NOW, anOffer("upgrade").needingConsent(ConsentPurpose.MARKETING)));

        assertThat(onlySuppression(result).reason()).contains("MARKETING consent for EMAIL");
    }

    @Test
    void needsConsentForThePurposeOfTheAction() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().consentingTo(ConsentPurpose.MARKETING, Channel.SMS),
                Channel.SMS, NOW, aServiceAction("usage-tip").needingConsent(ConsentPurpose.SERVICE)));

        assertThat(onlySuppression(result).reason()).contains("SERVICE consent for SMS");
    }

    @Test
    void keepsAnOutboundOfferTheCustomerConsentedTo() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer().consentingTo(ConsentPurpose.MARKETING, Channel.SMS),
                Channel.SMS, NOW, anOffer("upgrade").needingConsent(ConsentPurpose.MARKETING)));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void keepsAnActionThatNeedsNoConsent() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.SMS, NOW, aServiceAction("usage-tip")));

        assertThat(standingIds(result)).containsExactly("usage-tip");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"CALL_CENTER", "STORE", "APP", "WEB"})
    void needsNoConsentWhenTheCustomerCameToUs(Channel inbound) {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), inbound, NOW,
                anOffer("upgrade").needingConsent(ConsentPurpose.MARKETING)));

        assertThat(standingIds(result)).containsExactly("upgrade");
    }

    @Test
    void sendsAMandatoryActionWithoutConsentAndNotesIt() {
        ArbitrationCase result = runAlone(policy, caseOf(aCustomer(), Channel.SMS, NOW,
                aMandatoryAction("barring-notice").needingConsent(ConsentPurpose.SERVICE)));

        assertThat(standingIds(result)).containsExactly("barring-notice");
        assertThat(result.notes().get("barring-notice")).containsExactly("Mandatory: sent without SERVICE consent for SMS");
    }

    @Test
    void checksConsentOnlyInTheChannelsConfiguredAsOutbound() {
        ConsentPolicy smsOnly = new ConsentPolicy(new NbaPolicies(null, null, null, null, null,
                new NbaPolicies.Contact(Set.of(Channel.SMS), null, null, null, null), null));

        ArbitrationCase email = runAlone(smsOnly, caseOf(aCustomer(), Channel.EMAIL, NOW,
                anOffer("upgrade").needingConsent(ConsentPurpose.MARKETING)));

        assertThat(standingIds(email)).containsExactly("upgrade");
    }
}
