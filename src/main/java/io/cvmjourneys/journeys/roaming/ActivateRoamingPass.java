package io.cvmjourneys.journeys.roaming;

import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The pass the customer took: charged once on the next bill, on from today, and confirmed to them. */
@Component("activateRoamingPass")
class ActivateRoamingPass implements JavaDelegate {

    private final CustomerAccounts accounts;
    private final JourneyMessages messages;
    private final Clock clock;

    ActivateRoamingPass(CustomerAccounts accounts, JourneyMessages messages, Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BigDecimal price = BigDecimal.valueOf(((Number) execution.getVariable(RoamingVariables.PASS_PRICE)).doubleValue())
                .setScale(2, RoundingMode.HALF_UP);
        accounts.addCharge(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), price,
                "Roaming pass for " + JourneySteps.required(execution, RoamingVariables.COUNTRY_NAME), LocalDate.now(clock),
                JourneySteps.reference(execution));
        execution.setVariable(RoamingVariables.PASS_ACTIVE, true);
        RoamingMessages.send(messages, execution, "roaming-pass-active");
    }
}
