package io.cvmjourneys.journeys.cancellation;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the cancellation journey waits to hear from the customer, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class CustomerAnswers {

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
        return event(MomentType.OFFER_ANSWERED, messageName, moment -> Map.of(variable, MomentData.offerAnswer(moment)));
    }

    private static JourneyEvent event(MomentType type, String messageName,
                                      Function<Moment, Map<String, Object>> variables) {
        return new JourneyEvent(CancellationVariables.PROCESS_ID, type, messageName, variables);
    }
}
