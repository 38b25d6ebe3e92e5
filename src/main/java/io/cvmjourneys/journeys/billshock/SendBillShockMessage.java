package io.cvmjourneys.journeys.billshock;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The journey's message to the customer (the input parameter {@value #TEMPLATE}), a service message by e-mail, else SMS. */
@Component("sendBillShockMessage")
class SendBillShockMessage implements JavaDelegate {

    static final String TEMPLATE = "template";
    static final List<String> TEXTS = List.of(JourneyVariables.CUSTOMER_NAME, BillShockVariables.BILL_CAUSE_TEXT,
            BillShockVariables.BILL_ADVICE);
    static final List<String> AMOUNTS = List.of(BillShockVariables.BILL_AMOUNT, BillShockVariables.USUAL_BILL,
            BillShockVariables.BILL_INCREASE);

    private final JourneyMessages messages;

    SendBillShockMessage(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.send(execution, MessageKind.SERVICE, JourneySteps.required(execution, TEMPLATE),
                JourneyMessages.parameters(execution, TEXTS, AMOUNTS, List.of()));
    }
}
