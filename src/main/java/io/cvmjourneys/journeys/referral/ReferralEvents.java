package io.cvmjourneys.journeys.referral;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the referral journey waits to hear, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class ReferralEvents {

    static final String SURVEY_ANSWERED = "ReferralSurveyAnswered";

    /** The friend answers the survey on how joining through a friend went. */
    @Bean
    JourneyEvent referralSurveyAnswered() {
        return new JourneyEvent(ReferralVariables.PROCESS_ID, MomentType.SURVEY_ANSWERED, SURVEY_ANSWERED,
                moment -> Map.of(ReferralVariables.SURVEY_SCORE, MomentData.tnpsScore(moment)));
    }
}
