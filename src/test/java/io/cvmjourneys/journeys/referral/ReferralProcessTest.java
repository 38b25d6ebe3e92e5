package io.cvmjourneys.journeys.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentAnswer;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.referrals.Referral;
import io.cvmjourneys.referrals.ReferralLead;
import io.cvmjourneys.referrals.Referrals;
import io.cvmjourneys.testsupport.JourneyProcessTest;
import io.cvmjourneys.testsupport.JourneyRecords;
import io.cvmjourneys.testsupport.TestClock;
import io.cvmjourneys.web.ApiException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the referral journey, started through the moments intake as a friend joins with a
 * code, with the engine clock moved through the qualifying period. Today is Monday 23 November 2026;
 * a friend on a contract qualifies after 90 days, on 21 February 2027.
 */
class ReferralProcessTest extends JourneyProcessTest {

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();
    private static final Duration QUALIFYING_PERIOD = Duration.ofDays(90);

    @Autowired
    Referrals referrals;

    private String referrer;
    private String code;

    @Test
    void shouldRewardBothOnceTheFriendStayedAndAskTheFriendHowItWent() {
        referrer = customer("Rita Referrer", "POSTPAID", "2019-05-01");
        code = referrals.codeOf(referrer, TestClock.now()).code();
        String friend = customer("Fred Friend", "POSTPAID", "2026-11-23");
        referrals.recordLead(new ReferralLead("lead-" + friend, code.toLowerCase(), "Fred", email(friend), null, "ab1 2cd"),
                TestClock.now().minus(Duration.ofDays(6)));

        join(friend, code, "3568-" + friend);

        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_QualifyingPeriodOver")
                .hasPassed("Task_ConfirmToReferrer", "Task_WelcomeFriend").hasNotPassed("Task_ReviewReferral");
        Referral referral = referrals.referral(friend).orElseThrow();
        assertThat(referral.referrerId()).isEqualTo(referrer);
        assertThat(referral.leadReference()).as("the friend's lead, matched by e-mail").isEqualTo("lead-" + friend);
        assertThat(referral.status()).isEqualTo(Referral.Status.ACTIVATED);
        assertThat(variable(ReferralVariables.QUALIFYING_ENDS_ON)).isEqualTo("21 Feb 2027");
        assertThat(JourneyRecords.queuedMessages(jdbc, referrer)).containsExactly("EMAIL referral-lead-received",
                "EMAIL referral-friend-joined");
        assertThat(JourneyRecords.messageParameters(jdbc, referrer, "referral-friend-joined"))
                .contains("\"referrerRewardText\":\"a £30 credit on your account\"", "\"friendName\":\"Fred Friend\"");
        assertThat(queued()).containsExactly("EMAIL referral-welcome-friend");

        passTime(QUALIFYING_PERIOD);

        BpmnAwareTests.assertThat(journey).hasPassed("Task_RewardBoth").isWaitingAt("Gateway_WaitForSurvey");
        assertThat(credits()).containsExactlyInAnyOrder(referrer + " 30.00", friend + " 30.00");
        assertThat(referrals.referral(friend).orElseThrow().status()).isEqualTo(Referral.Status.REWARDED);
        assertThat(JourneyRecords.queuedMessages(jdbc, referrer)).endsWith("EMAIL referral-reward-paid");
        assertThat(queued()).endsWith("EMAIL referral-friend-reward-paid", "EMAIL tnps-survey");

        MomentAnswer survey = intake.receive(new Moment("survey-" + friend, friend, MomentType.SURVEY_ANSWERED, Channel.EMAIL,
                TestClock.now(), Map.of("score", 9)));

        assertThat(survey.status()).isEqualTo(MomentAnswer.Status.CORRELATED);
        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_Rewarded");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("REWARDED");
        assertThat(variable(ReferralVariables.SURVEY_SCORE)).isEqualTo(9);
    }

    @Test
    void shouldEndRewardedWhenTheSurveyGoesUnansweredAndPayOnlyTheFriendPastTheYearlyCap() {
        referrer = customer("Rita Referrer", "POSTPAID", "2019-05-01");
        code = referrals.codeOf(referrer, TestClock.now()).code();
        for (int i = 0; i < 5; i++) {
            rewardedEarlier(customer("Earlier Friend", "PREPAID", "2026-01-10"), TestClock.now().minus(Duration.ofDays(200 - i)));
        }
        String friend = customer("Pam Prepaid", "PREPAID", "2026-11-23");

        join(friend, code, null);
        assertThat(variable(ReferralVariables.QUALIFYING_DAYS)).as("pay-as-you-go qualifies sooner").isEqualTo(60);
        assertThat(variable(ReferralVariables.REFERRER_REWARD_TEXT)).asString().startsWith("none this time");
        passTime(Duration.ofDays(60));
        passTime(Duration.ofDays(7));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Event_SurveyNotAnswered", "EndEvent_RewardedWithoutSurvey");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("REWARDED");
        assertThat(credits()).as("the referrer's sixth friend this year brings them nothing").containsExactly(friend + " 10.00");
    }

    @Test
    void shouldHoldASelfReferralForReviewAndTellTheReferrerWhenItIsRejected() {
        referrer = customer("Rita Referrer", "POSTPAID", "2019-05-01");
        code = referrals.codeOf(referrer, TestClock.now()).code();
        String sameEmail = customer("Rita Second", "POSTPAID", "2026-11-23");
        jdbc.sql("UPDATE cvm.customer SET email = ? WHERE id = ?").params(email(referrer), sameEmail).update();

        join(sameEmail, code, null);

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ReviewReferral").hasNotPassed("Task_ConfirmToReferrer");
        assertThat(JourneyRecords.candidateGroups(journey)).containsExactly("analytics-team");
        assertThat((String) variable(ReferralVariables.FINDINGS)).isEqualTo("Self-referral: the friend's e-mail address is the"
                + " referrer's (" + email(referrer) + ")");
        assertThat(referrals.referral(sameEmail).orElseThrow().status()).isEqualTo(Referral.Status.IN_REVIEW);

        complete(task(journey), withVariables(ReferralVariables.REVIEW_DECISION, "REJECT", ReferralVariables.REVIEW_NOTE,
                "Same person, second line"));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_TellReferrerRejected", "EndEvent_Rejected");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("REJECTED");
        assertThat(referrals.referral(sameEmail).orElseThrow().status()).isEqualTo(Referral.Status.REJECTED);
        assertThat(JourneyRecords.queuedMessages(jdbc, referrer)).containsExactly("EMAIL referral-not-rewarded");
        assertThat(credits()).isEmpty();
    }

    @Test
    void shouldEscalateAnOverdueReviewAndPayNothingWhenTheApprovedFriendAsksToLeave() {
        referrer = customer("Rita Referrer", "POSTPAID", "2019-05-01");
        code = referrals.codeOf(referrer, TestClock.now()).code();
        String earlier = customer("Earlier Friend", "POSTPAID", "2026-11-20");
        rewardedEarlier(earlier, TestClock.now().minus(Duration.ofDays(3)));
        jdbc.sql("UPDATE cvm.referral SET device_id = 'IMEI-SHARED' WHERE friend_id = ?").param(earlier).update();
        String friend = customer("Fay Friend", "POSTPAID", "2026-11-23");

        join(friend, code, "IMEI-SHARED");

        BpmnAwareTests.assertThat(journey).isWaitingAt("Task_ReviewReferral");
        assertThat((String) variable(ReferralVariables.FINDINGS)).isEqualTo("Same device: handset IMEI-SHARED was activated"
                + " in another referral before");
        passTime(Duration.ofDays(3).plusMinutes(1));
        BpmnAwareTests.assertThat(journey).hasPassed("Task_EscalateOverdueReview").isWaitingAt("Task_ReviewReferral");

        complete(task(journey), withVariables(ReferralVariables.REVIEW_DECISION, "APPROVE", ReferralVariables.REVIEW_NOTE,
                "Sisters sharing a phone while one waits for hers"));
        BpmnAwareTests.assertThat(journey).isWaitingAt("Event_QualifyingPeriodOver").hasPassed("Task_ConfirmToReferrer");
        assertThat(referrals.referral(friend).orElseThrow().status()).isEqualTo(Referral.Status.ACTIVATED);
        assertThat(variable(ReferralVariables.QUALIFYING_ENDS_ON)).as("counted from joining, not from the review")
                .isEqualTo("21 Feb 2027");

        passTime(Duration.ofDays(40));
        JourneyRecords.cancellationRequested(jdbc, friend, TestClock.now());
        passTime(Duration.ofDays(50));

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("Task_RecordNotQualified", "Task_TellReferrerNotQualified",
                "EndEvent_NotQualified");
        assertThat(variable(JourneyVariables.OUTCOME)).isEqualTo("NOT_QUALIFIED");
        assertThat(referrals.referral(friend).orElseThrow().status()).isEqualTo(Referral.Status.NOT_QUALIFIED);
        assertThat(JourneyRecords.queuedMessages(jdbc, referrer)).endsWith("EMAIL referral-not-qualified");
        assertThat(credits()).isEmpty();
    }

    @Test
    void shouldNotRewardAFriendWithABillOverdueWhenThePeriodEnds() {
        referrer = customer("Rita Referrer", "POSTPAID", "2019-05-01");
        code = referrals.codeOf(referrer, TestClock.now()).code();
        String friend = customer("Olly Overdue", "HOME", "2026-11-23");
        jdbc.sql("INSERT INTO cvm.invoice (id, customer_id, amount, issued_on, due_on) VALUES (?, ?, 45, DATE '2026-12-10',"
                + " DATE '2026-12-24')").params("INV-" + friend, friend).update();

        join(friend, code, null);
        passTime(QUALIFYING_PERIOD);

        BpmnAwareTests.assertThat(journey).isEnded().hasPassed("EndEvent_NotQualified");
        assertThat(variable(ReferralVariables.FRIEND_OVERDUE)).isEqualTo(true);
        assertThat(variable(ReferralVariables.FRIEND_ASKED_TO_LEAVE)).isEqualTo(false);
    }

    @Test
    void shouldFlagAFriendWhoWasAlreadyACustomerAndAReferrerWhoseFriendsComeTooFast() {
        referrer = customer("Rita Referrer", "POSTPAID", "2019-05-01");
        code = referrals.codeOf(referrer, TestClock.now()).code();
        for (int i = 1; i <= 3; i++) {
            attributedEarlier(customer("Quick Friend", "PREPAID", "2026-11-01"), TestClock.now().minus(Duration.ofDays(i * 5)));
        }
        String oldCustomer = customer("Old Hand", "POSTPAID", "2021-03-01");

        join(oldCustomer, code, null);

        assertThat(((String) variable(ReferralVariables.FINDINGS)).lines()).containsExactly(
                "Not a new customer: the friend has been our customer since 2021-03-01, more than 30 days before joining"
                        + " with the code",
                "Reward farming: 4 friends of the referrer joined within 30 days (3 is the most we expect)");
    }

    @Test
    void shouldRefuseAnUnknownCodeAndASecondReferralOfTheSameFriend() {
        referrer = customer("Rita Referrer", "POSTPAID", "2019-05-01");
        code = referrals.codeOf(referrer, TestClock.now()).code();
        String friend = customer("Fred Friend", "POSTPAID", "2026-11-23");

        assertThatThrownBy(() -> moment(friend, "NOBODY-2222", null)).isInstanceOf(ApiException.class)
                .hasMessage("No customer has the referral code 'NOBODY-2222'");
        assertThat(referrals.referral(friend)).as("nothing half-written").isEmpty();

        join(friend, code, null);
        String other = referrals.codeOf(customer("Otto Other", "POSTPAID", "2018-01-01"), TestClock.now()).code();
        assertThatThrownBy(() -> moment(friend, other, null)).isInstanceOf(ApiException.class)
                .hasMessage("Customer " + friend + " joined with referral code " + code + " before: a friend is referred once");
        assertThat(referrals.codeOf(referrer, TestClock.now()).code()).as("a code is issued once").isEqualTo(code);
    }

    private void join(String friend, String withCode, String deviceId) {
        customer = friend;
        MomentAnswer answer = moment(friend, withCode, deviceId);
        assertThat(answer.status()).isEqualTo(MomentAnswer.Status.STARTED);
        journey = BpmnAwareTests.runtimeService().createProcessInstanceQuery().processInstanceId(answer.processInstanceId())
                .singleResult();
        runDueJobs();
    }

    private MomentAnswer moment(String friend, String withCode, String deviceId) {
        Map<String, Object> data = new HashMap<>();
        data.put(FriendJoined.CODE_FIELD, withCode);
        if (deviceId != null) {
            data.put(FriendJoined.DEVICE_FIELD, deviceId);
        }
        return intake.receive(new Moment("joined-" + friend + "-" + withCode, friend, MomentType.REFERRED_FRIEND_JOINED,
                Channel.STORE, TestClock.now(), data));
    }

    private String customer(String name, String type, String since) {
        String id = "CUST-RF%04d".formatted(CUSTOMERS.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code, vulnerable)
                        VALUES (?, ?, ?, ?, ?, 'MASS', ?, 900, 25, 'ZZ', FALSE)""")
                .params(id, name, "+44 7700 95" + id.substring(7), email(id), type, java.sql.Date.valueOf(since)).update();
        return id;
    }

    private static String email(String customerId) {
        return customerId.toLowerCase() + "@example.org";
    }

    private void attributedEarlier(String friend, Instant at) {
        referrals.attribute(friend, code, null, at);
    }

    private void rewardedEarlier(String friend, Instant at) {
        attributedEarlier(friend, at);
        jdbc.sql("UPDATE cvm.referral SET status = 'REWARDED', rewarded_at = ?, referrer_reward = 10 WHERE friend_id = ?")
                .params(Timestamp.from(at), friend).update();
    }

    /** Credits on the referrer's and the friends' accounts, as "customer amount". */
    private List<String> credits() {
        return jdbc.sql("""
                        SELECT customer_id, amount FROM cvm.account_change WHERE kind = 'CREDIT' AND reason = ?
                        AND customer_id IN (SELECT referrer_id FROM cvm.referral WHERE referrer_id = ? UNION
                                            SELECT friend_id FROM cvm.referral WHERE referrer_id = ?)
                        AND reference LIKE ? ORDER BY reference""")
                .params(ReferralSteps.REWARD_REASON, referrer, referrer, journey.getId() + "%")
                .query((row, n) -> row.getString(1) + " " + row.getBigDecimal(2).setScale(2)).list();
    }
}
