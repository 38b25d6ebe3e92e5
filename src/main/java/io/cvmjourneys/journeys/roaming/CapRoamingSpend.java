package io.cvmjourneys.journeys.roaming;

import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Spending abroad reached the cap: data roaming stops on the account (the network reads the account
 * change) and the customer is told how to go on: a pass, or lifting the cap in the app.
 */
@Component("capRoamingSpend")
class CapRoamingSpend implements JavaDelegate {

    private final CustomerAccounts accounts;
    private final JourneyMessages messages;
    private final Clock clock;

    CapRoamingSpend(CustomerAccounts accounts, JourneyMessages messages, Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        accounts.capRoamingData(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                "Spending abroad reached the cap in " + JourneySteps.required(execution, RoamingVariables.COUNTRY_NAME),
                LocalDate.now(clock), JourneySteps.reference(execution));
        execution.setVariable(RoamingVariables.SPEND_CAPPED, true);
        RoamingMessages.send(messages, execution, "roaming-spend-capped");
    }
}
