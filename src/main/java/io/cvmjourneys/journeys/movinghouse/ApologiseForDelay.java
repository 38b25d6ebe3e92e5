package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before the customer has to chase us: the credit the decision table set, on the account and in an apology. */
@Component("apologiseForDelay")
class ApologiseForDelay implements JavaDelegate {

    static final String TEMPLATE = "move-apology";
    static final String REASON = "Apology: the connection at the new address is late";

    private final CustomerAccounts accounts;
    private final JourneyMessages messages;
    private final Clock clock;

    ApologiseForDelay(CustomerAccounts accounts, JourneyMessages messages, Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BigDecimal credit = BigDecimal.valueOf(((Number) execution.getVariable(MovingHouseVariables.APOLOGY_CREDIT))
                .doubleValue()).setScale(2, RoundingMode.HALF_UP);
        accounts.applyCredit(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), credit, REASON,
                LocalDate.now(clock), JourneySteps.reference(execution));
        messages.send(execution, MessageKind.SERVICE, TEMPLATE, Map.of(
                "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                "newAddress", JourneySteps.required(execution, MovingHouseVariables.NEW_ADDRESS),
                "creditAmount", credit.toPlainString()));
    }
}
