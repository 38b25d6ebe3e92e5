package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.nba.NextBestActionVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer stays: the agreed discount goes on the account, the acceptance is recorded and confirmed. */
@Component("applyRetentionOffer")
class ApplyRetentionOffer implements JavaDelegate {

    static final String CONFIRMATION = "retention-offer-accepted";

    private final CustomerAccounts accounts;
    private final RetentionOfferOutcomes outcomes;
    private final JourneyMessages messages;
    private final Clock clock;

    ApplyRetentionOffer(CustomerAccounts accounts, RetentionOfferOutcomes outcomes, JourneyMessages messages, Clock clock) {
        this.accounts = accounts;
        this.outcomes = outcomes;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object discount = execution.getVariable(CancellationVariables.DISCOUNT_PERCENT);
        int percentOff = discount instanceof Number number ? number.intValue() : 0;
        if (percentOff > 0) {
            accounts.applyDiscount(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID), percentOff,
                    CancellationVariables.DISCOUNT_MONTHS, LocalDate.now(clock), JourneySteps.reference(execution));
        }
        outcomes.recordRetentionAnswer(execution);
        Object offer = execution.getVariable(NextBestActionVariables.BEST_ACTION_NAME);
        messages.send(execution, MessageKind.SERVICE, CONFIRMATION, Map.of(
                "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                "offerName", offer == null ? percentOff + "% off for " + CancellationVariables.DISCOUNT_MONTHS + " months"
                        : offer.toString()));
    }
}
