package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import java.util.Date;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the service outage journey hears, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class OutageEvents {

    /** The network fixed the incident: handed in for each affected customer by {@link NetworkIncidents#restore}. */
    @Bean
    JourneyEvent serviceRestored() {
        return new JourneyEvent(OutageVariables.PROCESS_ID, MomentType.SERVICE_RESTORED, NetworkIncidents.RESTORED_MESSAGE,
                moment -> Map.of(OutageVariables.RESTORED_AT, Date.from(moment.occurredAt())));
    }

    @Bean
    JourneyEvent outageSurveyAnswered() {
        return new JourneyEvent(OutageVariables.PROCESS_ID, MomentType.SURVEY_ANSWERED, "OutageSurveyAnswered",
                moment -> Map.of(OutageVariables.SURVEY_SCORE, MomentData.tnpsScore(moment)));
    }
}
