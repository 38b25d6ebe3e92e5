package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.customer.CustomerCollections.Instalment;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.moments.JourneyStartVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The agreed plan: monthly instalments, the first due a week from today, confirmed to the customer. */
@Component("startPaymentPlan")
class StartPaymentPlan implements JavaDelegate {

    static final int DAYS_TO_FIRST_INSTALMENT = 7;
    static final String TEMPLATE = "payment-plan-agreed";

    private final CustomerCollections collections;
    private final Instalments instalments;
    private final JourneyMessages messages;
    private final NoticeParameters parameters;
    private final CollectionSteps steps;
    private final Clock clock;

    StartPaymentPlan(CustomerCollections collections, Instalments instalments, JourneyMessages messages,
                     NoticeParameters parameters, CollectionSteps steps, Clock clock) {
        this.collections = collections;
        this.instalments = instalments;
        this.messages = messages;
        this.parameters = parameters;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int count = ((Number) execution.getVariable(DelinquencyVariables.PLAN_INSTALMENTS)).intValue();
        Instalment first = collections.startPaymentPlan(JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID),
                JourneySteps.required(execution, DelinquencyVariables.INVOICE_ID), count,
                LocalDate.now(clock).plusDays(DAYS_TO_FIRST_INSTALMENT), clock.instant(), JourneySteps.reference(execution));
        execution.setVariable(DelinquencyVariables.PLAN_ID, first.planId());
        instalments.waitFor(execution, first);
        Map<String, String> values = new HashMap<>(parameters.of(execution));
        values.put("instalments", String.valueOf(first.of()));
        values.put("instalmentAmount", first.amount().toPlainString());
        values.put("firstDueOn", first.dueOn().toString());
        messages.send(execution, MessageKind.SERVICE, TEMPLATE, values);
        steps.record(execution, "PAYMENT_PLAN", "AGREED", first.of() + " instalments");
    }
}
