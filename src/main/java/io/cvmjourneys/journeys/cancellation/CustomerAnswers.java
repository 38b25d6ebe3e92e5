package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** What the cancellation journey waits to hear from the customer, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class CustomerAnswers {

    private static final Set<String> OFFER_ANSWERS = Set.of("ACCEPTED", "DECLINED");

    @Bean
    JourneyEvent retentionOfferAnswered() {
        return offerAnswer("RetentionOfferAnswered", CancellationVariables.OFFER_RESPONSE);
    }

    @Bean
    JourneyEvent winbackOfferAnswered() {
        return offerAnswer("WinbackOfferAnswered", CancellationVariables.WINBACK_RESPONSE);
    }

    @Bean
    JourneyEvent satisfactionSurveyAnswered() {
        return event(MomentType.SURVEY_ANSWERED, "SurveyAnswered",
                moment -> Map.of(CancellationVariables.SURVEY_SCORE, MomentData.tnpsScore(moment)));
    }

    private static JourneyEvent offerAnswer(String messageName, String variable) {
        return event(MomentType.OFFER_ANSWERED, messageName, moment -> {
            Object answer = moment.data().get("answer");
            if (!OFFER_ANSWERS.contains(answer)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "data.answer must be ACCEPTED or DECLINED", "data.answer");
            }
            return Map.of(variable, answer);
        });
    }

    private static JourneyEvent event(MomentType type, String messageName,
                                      Function<Moment, Map<String, Object>> variables) {
        return new JourneyEvent(CancellationVariables.PROCESS_ID, type, messageName, variables);
    }
}
