package io.cvmjourneys.journeys.retention;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the proactive retention journey waits to hear, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class RetentionEvents {

    /** The customer answers the save offer in the channel it came through (a link, a reply, the app). */
    @Bean
    JourneyEvent saveOfferAnswered() {
        return new JourneyEvent(RetentionVariables.PROCESS_ID, MomentType.OFFER_ANSWERED, "SaveOfferAnswered",
                moment -> Map.of(RetentionVariables.SAVE_RESPONSE, MomentData.offerAnswer(moment)));
    }
}
