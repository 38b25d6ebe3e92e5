package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.journeys.JourneyMessages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Thanks the customer for paying: the last word of collection is a friendly one. */
@Component("thankCustomer")
class ThankCustomer implements JavaDelegate {

    static final String TEMPLATE = "payment-thank-you";

    private final JourneyMessages messages;
    private final NoticeParameters parameters;

    ThankCustomer(JourneyMessages messages, NoticeParameters parameters) {
        this.messages = messages;
        this.parameters = parameters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.send(execution, MessageKind.SERVICE, TEMPLATE, parameters.of(execution));
    }
}
