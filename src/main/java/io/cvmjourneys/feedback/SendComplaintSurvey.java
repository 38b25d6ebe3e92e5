package io.cvmjourneys.feedback;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The tNPS survey after the complaint was resolved; the answer comes back as a SURVEY_ANSWERED moment. */
@Component("sendComplaintSurvey")
class SendComplaintSurvey implements JavaDelegate {

    static final String SURVEY_LINK = "https://survey.cvmjourneys.io/tnps/";

    private final JourneyMessages messages;

    SendComplaintSurvey(JourneyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.send(execution, MessageKind.SERVICE, "tnps-survey", Map.of(
                "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                "journeyName", "your complaint",
                "surveyLink", SURVEY_LINK + execution.getProcessInstanceId()));
    }
}
