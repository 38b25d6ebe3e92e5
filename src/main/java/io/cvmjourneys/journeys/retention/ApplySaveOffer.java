package io.cvmjourneys.journeys.retention;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.nba.NextBestActionVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer took the save offer: what dmn/save-offer-terms.dmn says it gives goes on the account
 * (a discount for some months, a one-off credit, or both), and the customer gets a confirmation.
 * Offers of our time (a bill review, a named agent) put nothing on the bill. BPMN:
 * {@code camunda:delegateExpression="${applySaveOffer}"}.
 */
@Component("applySaveOffer")
class ApplySaveOffer implements JavaDelegate {

    static final String CONFIRMATION = "save-offer-confirmed";

    private final CustomerAccounts accounts;
    private final JourneyMessages messages;
    private final Clock clock;

    ApplySaveOffer(CustomerAccounts accounts, JourneyMessages messages, Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String customerId = JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
        String offer = JourneySteps.required(execution, NextBestActionVariables.BEST_ACTION_NAME);
        LocalDate today = LocalDate.now(clock);
        // one step, up to two changes: each its own reference, so neither hides the other as a repeat
        String reference = JourneySteps.reference(execution);
        int percentOff = whole(execution.getVariable(RetentionVariables.DISCOUNT_PERCENT));
        if (percentOff > 0) {
            accounts.applyDiscount(customerId, percentOff, whole(execution.getVariable(RetentionVariables.DISCOUNT_MONTHS)),
                    today, reference + "/discount");
        }
        if (execution.getVariable(RetentionVariables.CREDIT_AMOUNT) instanceof Number credit && credit.doubleValue() > 0) {
            accounts.applyCredit(customerId, BigDecimal.valueOf(credit.doubleValue()).setScale(2, RoundingMode.HALF_UP),
                    offer, today, reference + "/credit");
        }
        messages.send(execution, MessageKind.SERVICE, CONFIRMATION, SaveMessages.parameters(execution));
    }

    private static int whole(Object number) {
        return number instanceof Number given ? given.intValue() : 0;
    }
}
