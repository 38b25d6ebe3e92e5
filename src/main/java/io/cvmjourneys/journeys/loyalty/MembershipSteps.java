package io.cvmjourneys.journeys.loyalty;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyCustomers;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.loyalty.LoyaltyBehaviour;
import io.cvmjourneys.loyalty.LoyaltyEarnings;
import io.cvmjourneys.loyalty.LoyaltyLedger;
import io.cvmjourneys.loyalty.LoyaltyStatement;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.web.Labels;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The membership journey's steps on the points ledger: enrol, review every month, record the tier,
 * close. Each leaves where the member stands in the journey's variables, for the decisions, the
 * agent's form and the messages.
 */
@Configuration(proxyBeanMethods = false)
class MembershipSteps {

    /** Monthly reviews run at nine in the morning, the first of the month. */
    static final LocalTime REVIEW_TIME = LocalTime.of(9, 0);

    private final LoyaltyLedger ledger;
    private final LoyaltyEarnings earnings;
    private final JourneyCustomers customers;
    private final Labels labels;
    private final Clock clock;

    MembershipSteps(LoyaltyLedger ledger, LoyaltyEarnings earnings, JourneyCustomers customers, Labels labels, Clock clock) {
        this.ledger = ledger;
        this.earnings = earnings;
        this.customers = customers;
        this.labels = labels;
        this.clock = clock;
    }

    /** {@code ${enrolLoyaltyMember}}: opens the account, books the welcome points, sets the first review. */
    @Bean
    JavaDelegate enrolLoyaltyMember() {
        return execution -> {
            String customerId = customer(execution);
            ledger.enrol(customerId, LocalDate.now(clock), clock.instant());
            earnings.earn(customerId, LoyaltyBehaviour.WELCOME, null, JourneySteps.reference(execution),
                    Channel.valueOf(JourneySteps.required(execution, JourneyStartVariables.CHANNEL)), bookedBy(execution));
            execution.setVariable(LoyaltyVariables.REVIEW_ROUND, 0);
            standing(execution, LocalDate.now(clock));
        };
    }

    /**
     * {@code ${reviewLoyaltyMembership}}: expires what is due, books the points for another year with us in
     * the month the customer joined us, reads where the member stands (their years with us too, which the
     * tier reads), sets the next review.
     */
    @Bean
    JavaDelegate reviewLoyaltyMembership() {
        return execution -> {
            LocalDate today = LocalDate.now(clock);
            String customerId = customer(execution);
            execution.setVariable(LoyaltyVariables.POINTS_EXPIRED, ledger.expireDue(customerId, today, clock.instant()));
            LocalDate since = customers.of(execution).customer().customerSince();
            if (since.getMonth() == today.getMonth() && since.getYear() < today.getYear()) {
                earnings.earn(customerId, LoyaltyBehaviour.TENURE_YEAR, null, "loyalty-tenure:" + customerId + ":" + today.getYear(),
                        null, bookedBy(execution));
            }
            execution.setVariable(JourneyVariables.TENURE_MONTHS, customers.of(execution).tenureMonths(today));
            execution.setVariable(LoyaltyVariables.REVIEW_ROUND,
                    ((Number) execution.getVariable(LoyaltyVariables.REVIEW_ROUND)).intValue() + 1);
            standing(execution, today);
        };
    }

    /** {@code ${recordLoyaltyTier}}: keeps the tier the table chose, and whether it just became Gold. */
    @Bean
    JavaDelegate recordLoyaltyTier() {
        return execution -> {
            String tier = JourneySteps.required(execution, LoyaltyVariables.TIER);
            boolean changed = ledger.recordTier(customer(execution), tier, LocalDate.now(clock));
            execution.setVariable(LoyaltyVariables.REACHED_GOLD, changed && LoyaltyVariables.GOLD.equals(tier));
        };
    }

    /** {@code ${closeLoyaltyMembership}}: the points not spent lapse, and the membership closes. */
    @Bean
    JavaDelegate closeLoyaltyMembership() {
        return execution -> ledger.close(customer(execution), "Left the loyalty program", JourneySteps.reference(execution),
                clock.instant());
    }

    private void standing(DelegateExecution execution, LocalDate today) {
        LoyaltyStatement statement = ledger.statement(customer(execution), today).orElseThrow();
        execution.setVariable(LoyaltyVariables.POINTS_BALANCE, statement.balance());
        execution.setVariable(LoyaltyVariables.POINTS_LAST_12_MONTHS, statement.earnedLast12Months());
        execution.setVariable(LoyaltyVariables.POINTS_EXPIRING_SOON, statement.expiringSoon());
        execution.setVariable(LoyaltyVariables.EXPIRING_BY, statement.expiringBy() == null ? null : labels.day(statement.expiringBy()));
        execution.setVariable(LoyaltyVariables.TIER, statement.tier());
        execution.setVariable(LoyaltyVariables.NEXT_REVIEW_AT, Date.from(today.withDayOfMonth(1).plusMonths(1)
                .atTime(REVIEW_TIME).atZone(clock.getZone()).toInstant()));
    }

    private static String customer(DelegateExecution execution) {
        return JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
    }

    private static String bookedBy(DelegateExecution execution) {
        return "journey " + JourneySteps.journey(execution).processId();
    }
}
