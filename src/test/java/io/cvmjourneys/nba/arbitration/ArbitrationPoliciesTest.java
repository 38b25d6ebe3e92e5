package io.cvmjourneys.nba.arbitration;

import static io.cvmjourneys.nba.arbitration.Fixtures.NOW;
import static io.cvmjourneys.nba.arbitration.Fixtures.TODAY;
import static io.cvmjourneys.nba.arbitration.Fixtures.aCustomer;
import static io.cvmjourneys.nba.arbitration.Fixtures.aMandatoryAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.aServiceAction;
import static io.cvmjourneys.nba.arbitration.Fixtures.anOffer;
import static io.cvmjourneys.nba.arbitration.Fixtures.caseOf;
import static io.cvmjourneys.nba.arbitration.Fixtures.onlySuppression;
import static io.cvmjourneys.nba.arbitration.Fixtures.standingIds;
import static io.cvmjourneys.nba.arbitration.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.nba.arbitration.Fixtures.ActionBuilder;
import io.cvmjourneys.nba.NbaPolicies;
import io.cvmjourneys.nba.Suppression;
import io.cvmjourneys.nba.arbitration.Fixtures.CustomerBuilder;
import java.util.List;
import java.util.Map;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArbitrationPoliciesTest {

    private static final List<String> RULES_IN_PRIORITY_ORDER = List.of("Paused action", "Holdout control", "Deliverability",
            "Journey precedence", "Service disruption", "Delinquency", "Complaint cooldown", "Retention first",
            "Consent", "Quiet hours", "Contact cap");

    /** C-1002 falls in the device-upgrade control group at 10 %, the fixtures' usual C-1001 does not. */
    private static final String HELD_OUT_CUSTOMER = "C-1002";

    private final ArbitrationPolicies policies = new ArbitrationPolicies(new NbaPolicies(null, null, null, null,
            null, null, null, Map.of("device-upgrade", 0.1), null));

    /**
     * One offer that every policy from {@code first} on would remove: it is credited to that policy alone,
     * so each policy gets its turn as the first one standing in the way.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void creditsAnOfferToTheFirstPolicyByPriorityThatRemovesIt(int first) {
        ArbitrationCase arbitrationCase = anOfferEveryPolicyFrom(first);

        policies.arbitrate(arbitrationCase);

        assertThat(onlySuppression(arbitrationCase).rule()).isEqualTo(RULES_IN_PRIORITY_ORDER.get(first));
    }

    @Test
    void keepsTheOfferOnceNoPolicyStandsInTheWay() {
        ArbitrationCase arbitrationCase = anOfferEveryPolicyFrom(RULES_IN_PRIORITY_ORDER.size());

        policies.arbitrate(arbitrationCase);

        assertThat(standingIds(arbitrationCase)).containsExactly("upgrade");
        assertThat(arbitrationCase.suppressed()).isEmpty();
    }

    @Test
    void runsEveryPolicyNotOnlyTheFirstThatApplies() {
        ArbitrationCase arbitrationCase = caseOf(aCustomer().overdueFor(23, 1), Channel.SMS, today("22:30"),
                anOffer("paused-upgrade").paused(), anOffer("upgrade"), aServiceAction("usage-tip"));

        policies.arbitrate(arbitrationCase);

        assertThat(arbitrationCase.suppressed())
                .extracting(suppression -> suppression.actionId() + " by " + suppression.rule())
                .containsExactly("paused-upgrade by Paused action", "upgrade by Delinquency", "usage-tip by Quiet hours");
    }

    /** Contract and law come before contact preferences: the notice goes out, and the log says what it overrode. */
    @Test
    void mandatoryActionsSurviveConsentQuietHoursAndCapsWithNotes() {
        ArbitrationCase arbitrationCase = caseOf(aCustomer().contactedThrough(Channel.SMS, today("00:30"), today("01:00")),
                Channel.SMS, today("22:30"),
                aMandatoryAction("barring-notice").needingConsent(ConsentPurpose.SERVICE),
                aServiceAction("usage-tip"),
                anOffer("upgrade").needingConsent(ConsentPurpose.MARKETING));

        policies.arbitrate(arbitrationCase);

        assertThat(standingIds(arbitrationCase)).containsExactly("barring-notice");
        assertThat(arbitrationCase.notes().get("barring-notice")).containsExactly(
                "Mandatory: sent without SERVICE consent for SMS",
                "Mandatory: sent at 22:30, within quiet hours 21:00–08:00",
                "Mandatory: bypassed the cap, 2 contacts by SMS in the last 7 days, the weekly cap is 2");
        assertThat(arbitrationCase.suppressed()).extracting(Suppression::actionId, Suppression::rule)
                .containsExactly(tuple("upgrade", "Consent"), tuple("usage-tip", "Quiet hours"));
    }

    @Test
    void refusesToAnswerWhenAPolicyConditionFails() {
        ArbitrationPolicies withBrokenCondition = new ArbitrationPolicies(
                List.of(new PausedActionPolicy(), new BrokenConditionPolicy()));

        assertThatThrownBy(() -> withBrokenCondition.arbitrate(caseOf(aCustomer(), Channel.APP, NOW, anOffer("upgrade"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Arbitration policy 'Broken condition' failed")
                .cause().isInstanceOf(ArithmeticException.class);
    }

    @Test
    void refusesToAnswerWhenAPolicyActionFails() {
        ArbitrationPolicies withBrokenAction = new ArbitrationPolicies(List.of(new BrokenActionPolicy()));

        assertThatThrownBy(() -> withBrokenAction.arbitrate(caseOf(aCustomer(), Channel.APP, NOW, anOffer("upgrade"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Arbitration policy 'Broken action' failed")
                .cause().isInstanceOf(UnsupportedOperationException.class).hasMessage("no such program");
    }

    @Test
    void forgetsAFailureOnceTheCallThatHadItIsOver() {
        ArbitrationPolicies withBrokenAction = new ArbitrationPolicies(List.of(new BrokenActionPolicy()));
        ArbitrationCase inApp = caseOf(aCustomer(), Channel.APP, NOW, anOffer("upgrade"));
        assertThatThrownBy(() -> withBrokenAction.arbitrate(inApp)).isInstanceOf(IllegalStateException.class);

        ArbitrationCase bySms = caseOf(aCustomer(), Channel.SMS, NOW, anOffer("upgrade"));
        withBrokenAction.arbitrate(bySms);

        assertThat(standingIds(bySms)).containsExactly("upgrade");
    }

    private static ArbitrationCase anOfferEveryPolicyFrom(int first) {
        CustomerBuilder customer = aCustomer();
        ActionBuilder offer = anOffer("upgrade").inProgram("device-upgrade").deliverableThrough(Channel.SMS)
                .needingConsent(ConsentPurpose.MARKETING);
        if (first <= 0) {
            offer.paused();
        }
        if (first <= 1) {
            customer.withId(HELD_OUT_CUSTOMER);
        }
        if (first <= 2) {
            offer.validBetween(null, TODAY.minusDays(1));
        }
        if (first <= 3) {
            customer.inJourney("moving-house");
        }
        if (first <= 4) {
            customer.withIncident("INC-0017", "Network outage", today("09:12"));
        }
        if (first <= 5) {
            customer.overdueFor(23, 1);
        }
        if (first <= 6) {
            customer.withOpenComplaint("CMP-7", today("08:00"));
        }
        if (first <= 7) {
            customer.withContractEndingOn(TODAY.plusDays(30));
        }
        if (first > 8) {
            customer.consentingTo(ConsentPurpose.MARKETING, Channel.SMS);
        }
        if (first <= 10) {
            customer.contactedThrough(Channel.SMS, today("00:30"), today("00:40"));
        }
        return caseOf(customer, Channel.SMS, first <= 9 ? today("22:30") : today("10:00"), offer);
    }

    @Rule(name = "Broken condition", priority = 15)
    public static class BrokenConditionPolicy {

        @Condition
        public boolean isBroken(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
            return arbitrationCase.standing().size() / 0 > 0;
        }

        @Action
        public void doNothing() {
        }
    }

    @Rule(name = "Broken action", priority = 15)
    public static class BrokenActionPolicy {

        @Condition
        public boolean isInbound(@Fact(ArbitrationCase.FACT) ArbitrationCase arbitrationCase) {
            return arbitrationCase.channel() == Channel.APP;
        }

        @Action
        public void fail() {
            throw new UnsupportedOperationException("no such program");
        }
    }
}
