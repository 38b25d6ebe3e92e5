package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.journeys.cancellation.CancellationVariables;
import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the moving-house journey waits to hear, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class MovingHouseEvents {

    /** The field engineer (or the router's first sign-in) reports the new connection live. */
    @Bean
    JourneyEvent installationCompleted() {
        return new JourneyEvent(MovingHouseVariables.PROCESS_ID, MomentType.INSTALLATION_COMPLETED, "InstallationCompleted",
                moment -> Map.of());
    }

    @Bean
    JourneyEvent moveSurveyAnswered() {
        return new JourneyEvent(MovingHouseVariables.PROCESS_ID, MomentType.SURVEY_ANSWERED, "MoveSurveyAnswered",
                moment -> Map.of(MovingHouseVariables.SURVEY_SCORE, MomentData.tnpsScore(moment)));
    }

    /** A customer who left because we could not serve the new home answers the winback offer. */
    @Bean
    JourneyEvent moveWinbackOfferAnswered() {
        return new JourneyEvent(MovingHouseVariables.PROCESS_ID, MomentType.OFFER_ANSWERED, "MoveWinbackOfferAnswered",
                moment -> Map.of(CancellationVariables.WINBACK_RESPONSE, MomentData.offerAnswer(moment)));
    }
}
