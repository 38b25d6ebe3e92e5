package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the customer's subscriptions today, with the reason given, and records the answer to the offer. */
@Component("cancelSubscriptions")
class CancelSubscriptions implements JavaDelegate {

    private final CustomerAccounts accounts;
    private final RetentionOfferOutcomes outcomes;
    private final Clock clock;

    CancelSubscriptions(CustomerAccounts accounts, RetentionOfferOutcomes outcomes, Clock clock) {
        this.accounts = accounts;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        accounts.cancelSubscriptions(customerId, LocalDate.now(clock),
                JourneySteps.required(execution, CancellationVariables.REASON), JourneySteps.reference(execution));
        outcomes.recordRetentionAnswer(execution);
    }
}
