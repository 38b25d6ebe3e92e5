package io.cvmjourneys.journeys;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.engine.JourneySteps;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The tNPS survey any journey sends its customer; the answer comes back as a SURVEY_ANSWERED
 * moment. BPMN: {@code camunda:delegateExpression="${sendSatisfactionSurvey}"} with the input
 * parameter {@value #SURVEY_TOPIC}, what the survey asks about ("your complaint").
 */
@Component("sendSatisfactionSurvey")
class SendSatisfactionSurvey implements JavaDelegate {

    static final String SURVEY_TOPIC = "surveyTopic";
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
                "journeyName", JourneySteps.required(execution, SURVEY_TOPIC),
                "surveyLink", SURVEY_LINK + execution.getProcessInstanceId()));
    }
}
