package io.cvmjourneys.journeys.onboarding;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.web.Labels;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The journey's messages to the new customer (welcome, set-up tips, the first bill explained, a
 * top-up reminder): the input parameter {@value #TEMPLATE} names the template, whose placeholders
 * are named after the journey's variables; the first bill's day reads as a date.
 */
@Component("sendOnboardingMessage")
class OnboardingMessages implements JavaDelegate {

    static final String TEMPLATE = "template";
    private static final List<String> TEXTS = List.of(JourneyVariables.CUSTOMER_NAME, OnboardingVariables.PLAN);
    private static final List<String> AMOUNTS = List.of(OnboardingVariables.MONTHLY_FEE, OnboardingVariables.FIRST_BILL_AMOUNT,
            OnboardingVariables.STARTING_DAYS_CHARGE);
    private static final List<String> COUNTS = List.of(OnboardingVariables.STARTING_DAYS);

    private final JourneyMessages messages;
    private final Labels labels;

    OnboardingMessages(JourneyMessages messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> parameters = JourneyMessages.parameters(execution, TEXTS, AMOUNTS, COUNTS);
        if (execution.getVariable(OnboardingVariables.FIRST_BILL_ON) instanceof String firstBill) {
            parameters.put(OnboardingVariables.FIRST_BILL_ON, labels.day(LocalDate.parse(firstBill)));
        }
        messages.send(execution, MessageKind.SERVICE, JourneySteps.required(execution, TEMPLATE), parameters);
    }
}
