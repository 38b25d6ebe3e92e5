package io.cvmjourneys.feedback;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** The moments of the complaint-feedback journey: a complaint starts it, the tNPS answer comes back. */
@Configuration(proxyBeanMethods = false)
class ComplaintJourney {

    static final int MAX_TEXT = 1000;
    /** What a complaint can be about, as CX triage classifies it too; none given reads UNSPECIFIED. */
    static final List<String> CATEGORIES = List.of("NETWORK", "BILLING", "DEVICE", "SERVICE", "OFFERS");
    static final String NO_CATEGORY = "UNSPECIFIED";

    @Bean
    JourneyTrigger complaintSubmitted() {
        return new JourneyTrigger() {
            @Override
            public String processId() {
                return FeedbackVariables.PROCESS_ID;
            }

            @Override
            public Set<MomentType> startedBy() {
                return Set.of(MomentType.COMPLAINT_SUBMITTED);
            }

            @Override
            public List<MomentField> dataFields(MomentType type) {
                return List.of(MomentField.of("text", "The customer's complaint", MomentField.Kind.LONG_TEXT, true),
                        MomentField.choice("category", "What it is about", false, CATEGORIES));
            }

            @Override
            public Set<String> requiredStartVariables() {
                return Set.of(FeedbackVariables.COMPLAINT_TEXT, FeedbackVariables.CATEGORY);
            }

            @Override
            public Map<String, Object> startVariables(Moment moment) {
                Object text = moment.data().get("text");
                if (!(text instanceof String complaint) || complaint.isBlank() || complaint.length() > MAX_TEXT) {
                    throw new ApiException(HttpStatus.BAD_REQUEST,
                            "data.text is required: the customer's complaint, at most " + MAX_TEXT + " characters", "data.text");
                }
                Map<String, Object> variables = new HashMap<>();
                variables.put(FeedbackVariables.COMPLAINT_TEXT, complaint);
                variables.put(FeedbackVariables.CATEGORY, category(moment.data().get("category")));
                return variables;
            }
        };
    }

    private static String category(Object given) {
        if (given == null || given instanceof String text && text.isBlank()) {
            return NO_CATEGORY;
        }
        if (!CATEGORIES.contains(given)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data.category is what the complaint is about, one of "
                    + String.join(", ", CATEGORIES) + ", or left out", "data.category");
        }
        return (String) given;
    }

    @Bean
    JourneyEvent complaintSurveyAnswered() {
        return new JourneyEvent(FeedbackVariables.PROCESS_ID, MomentType.SURVEY_ANSWERED, "ComplaintSurveyAnswered",
                moment -> Map.of(FeedbackVariables.SURVEY_SCORE, MomentData.tnpsScore(moment)));
    }
}
