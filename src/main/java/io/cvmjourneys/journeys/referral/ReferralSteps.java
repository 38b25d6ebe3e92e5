package io.cvmjourneys.journeys.referral;

import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyCustomers;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentEvents;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.referrals.Referral;
import io.cvmjourneys.referrals.Referrals;
import io.cvmjourneys.web.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The referral journey's steps on the program's records: attribute the friend to the code's owner,
 * check for fraud, keep the reviewer's decision, start the qualifying period, see whether the friend
 * stayed, pay both rewards. Each leaves what it learned in the journey's variables.
 */
@Configuration(proxyBeanMethods = false)
class ReferralSteps {

    static final String APPROVE = "APPROVE";
    static final String REWARD_REASON = "Referral reward";
    private static final Set<MomentType> ASKING_TO_LEAVE = Set.of(MomentType.CANCELLATION_REQUEST, MomentType.PORT_OUT_REQUEST);

    private final Referrals referrals;
    private final CustomerDirectory customers;
    private final JourneyCustomers journeyCustomers;
    private final CustomerAccounts accounts;
    private final MomentEvents moments;
    private final Labels labels;
    private final Clock clock;

    ReferralSteps(Referrals referrals, CustomerDirectory customers, JourneyCustomers journeyCustomers,
                  CustomerAccounts accounts, MomentEvents moments, Labels labels, Clock clock) {
        this.referrals = referrals;
        this.customers = customers;
        this.journeyCustomers = journeyCustomers;
        this.accounts = accounts;
        this.moments = moments;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * {@code ${attributeReferral}}: the friend joins the code owner's referrals as they join us, so the
     * referrer's page and the app show them at once; also reads the rewards the referrer had this year.
     */
    @Bean
    JavaDelegate attributeReferral() {
        return execution -> {
            Referral referral = referrals.attribute(friend(execution), JourneySteps.required(execution,
                    ReferralVariables.REFERRAL_CODE), (String) execution.getVariable(ReferralVariables.DEVICE_ID), clock.instant());
            execution.setVariable(ReferralVariables.REFERRER_ID, referral.referrerId());
            execution.setVariable(ReferralVariables.REFERRER_NAME, customers.context(referral.referrerId()).orElseThrow()
                    .customer().name());
            execution.setVariable(ReferralVariables.REFERRER_REWARDS_THIS_YEAR, referrals.rewardedInYear(referral.referrerId(),
                    LocalDate.now(clock).getYear(), clock.getZone()));
        };
    }

    /** {@code ${checkReferral}}: the fraud checks (named rules); anything they find goes to a reviewer. */
    @Bean
    JavaDelegate checkReferral() {
        return execution -> {
            List<String> findings = referrals.check(friend(execution), LocalDate.now(clock));
            execution.setVariable(ReferralVariables.FINDINGS, String.join("\n", findings));
            execution.setVariable(ReferralVariables.NEEDS_REVIEW, !findings.isEmpty());
        };
    }

    /** {@code ${recordReferralReview}}, on completing the review task: the decision, and who made it. */
    @Bean
    TaskListener recordReferralReview() {
        return task -> {
            boolean approved = APPROVE.equals(task.getVariable(ReferralVariables.REVIEW_DECISION));
            referrals.recordReview(JourneySteps.required(task.getExecution(), JourneyStartVariables.CUSTOMER_ID), approved,
                    task.getAssignee(), clock.instant());
            task.setVariable(ReferralVariables.APPROVED, approved);
        };
    }

    /** {@code ${startQualifyingPeriod}}: the period the table gave runs from the day the friend joined. */
    @Bean
    JavaDelegate startQualifyingPeriod() {
        return execution -> {
            Referral referral = referrals.referral(friend(execution)).orElseThrow();
            int days = ((Number) execution.getVariable(ReferralVariables.QUALIFYING_DAYS)).intValue();
            ZonedDateTime ends = referral.activatedAt().atZone(clock.getZone()).plusDays(days);
            execution.setVariable(ReferralVariables.QUALIFYING_ENDS_AT, Date.from(ends.toInstant()));
            execution.setVariable(ReferralVariables.QUALIFYING_ENDS_ON, labels.day(ends.toLocalDate()));
        };
    }

    /** {@code ${checkReferredFriendStayed}}: whether the friend asked to leave since joining, or has a bill overdue. */
    @Bean
    JavaDelegate checkReferredFriendStayed() {
        return execution -> {
            Referral referral = referrals.referral(friend(execution)).orElseThrow();
            execution.setVariable(ReferralVariables.FRIEND_ASKED_TO_LEAVE,
                    moments.receivedSince(referral.friendId(), ASKING_TO_LEAVE, referral.activatedAt()));
            execution.setVariable(ReferralVariables.FRIEND_OVERDUE, journeyCustomers.of(execution).billing().isDelinquent());
        };
    }

    /** {@code ${recordReferralNotQualified}}: no reward for this referral. */
    @Bean
    JavaDelegate recordReferralNotQualified() {
        return execution -> referrals.recordNotQualified(friend(execution));
    }

    /** {@code ${rewardReferral}}: both credits the table gave go on the two accounts, each once. */
    @Bean
    JavaDelegate rewardReferral() {
        return execution -> {
            BigDecimal referrerReward = amount(execution, ReferralVariables.REFERRER_REWARD);
            BigDecimal friendReward = amount(execution, ReferralVariables.FRIEND_REWARD);
            LocalDate today = LocalDate.now(clock);
            String reference = JourneySteps.reference(execution);
            if (referrerReward.signum() > 0) {
                accounts.applyCredit(JourneySteps.required(execution, ReferralVariables.REFERRER_ID), referrerReward,
                        REWARD_REASON, today, reference + "/referrer");
            }
            if (friendReward.signum() > 0) {
                accounts.applyCredit(friend(execution), friendReward, REWARD_REASON, today, reference + "/friend");
            }
            referrals.recordReward(friend(execution), referrerReward, friendReward, clock.instant());
        };
    }

    private static BigDecimal amount(DelegateExecution execution, String variable) {
        return execution.getVariable(variable) instanceof Number amount
                ? BigDecimal.valueOf(amount.doubleValue()).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
    }

    private static String friend(DelegateExecution execution) {
        return JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
    }
}
