package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.customer.CustomerAccounts;
import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How a ladder that ran out ends, as the strategy says: the debt goes to the collections agency, or the contract ends. */
@Configuration(proxyBeanMethods = false)
class CloseCollection {

    static final String NON_PAYMENT = "NON_PAYMENT";
    static final String TERMINATION_TEMPLATE = "cancellation-confirmation";

    @Bean
    JavaDelegate handOffToCollections(CustomerCollections collections, CollectionSteps steps, Clock clock) {
        return execution -> {
            collections.handOffToCollections(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                    JourneySteps.required(execution, DelinquencyVariables.INVOICE_ID), clock.instant(),
                    JourneySteps.reference(execution));
            steps.record(execution, "CLOSURE", "HANDED_OFF", null);
        };
    }

    @Bean
    JavaDelegate terminateContract(CustomerAccounts accounts, JourneyMessages messages, CollectionSteps steps,
                                   Clock clock) {
        return execution -> {
            LocalDate today = LocalDate.now(clock);
            accounts.cancelSubscriptions(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                    today, NON_PAYMENT, JourneySteps.reference(execution));
            messages.send(execution, MessageKind.MANDATORY, TERMINATION_TEMPLATE, Map.of(
                    "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                    "cancellationDate", today.toString()));
            steps.record(execution, "CLOSURE", "TERMINATED", null);
        };
    }
}
