package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The tNPS survey a week after the customer stayed; the answer comes back as a SURVEY_ANSWERED moment. */
@Component("sendSatisfactionSurvey")
class SendSatisfactionSurvey implements JavaDelegate {

    static final String TEMPLATE = "tnps-survey";
    static final String SURVEY_LINK = "https://survey.cvmjourneys.io/tnps/";

    private final JourneyMessages messages;

    SendSatisfactionSurvey(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.send(execution, MessageKind.SERVICE, TEMPLATE, Map.of(
                "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                "journeyName", "your request to cancel",
                "surveyLink", SURVEY_LINK + execution.getProcessInstanceId()));
    }
}
