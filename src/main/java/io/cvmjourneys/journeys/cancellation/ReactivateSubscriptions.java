package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer took the winback offer: the cancelled subscriptions come back and the acceptance is recorded. */
@Component("reactivateSubscriptions")
class ReactivateSubscriptions implements JavaDelegate {

    private final CustomerAccounts accounts;
    private final RetentionOfferOutcomes outcomes;
    private final Clock clock;

    ReactivateSubscriptions(CustomerAccounts accounts, RetentionOfferOutcomes outcomes, Clock clock) {
        this.accounts = accounts;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        accounts.reactivateSubscriptions(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                LocalDate.now(clock), JourneySteps.reference(execution));
        outcomes.recordWinbackAnswer(execution);
    }
}
