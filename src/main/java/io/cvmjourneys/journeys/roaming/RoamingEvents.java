package io.cvmjourneys.journeys.roaming;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** What the roaming journey hears while the customer is abroad, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class RoamingEvents {

    static final String SPENT_FIELD = "spent";
    static final double MAX_SPENT = 10_000;

    /** The customer answers the pass offer (a reply to the SMS, a tap in the app): {@code data.answer}. */
    @Bean
    JourneyEvent roamingPassAnswered() {
        return new JourneyEvent(RoamingVariables.PROCESS_ID, MomentType.OFFER_ANSWERED, "RoamingPassAnswered",
                moment -> Map.of(RoamingVariables.PASS_RESPONSE, MomentData.offerAnswer(moment)));
    }

    /** The network's running total of what the trip cost beyond any pass: {@code data.spent}, in pounds. */
    @Bean
    JourneyEvent roamingSpendReported() {
        return new JourneyEvent(RoamingVariables.PROCESS_ID, MomentType.ROAMING_SPEND, "RoamingSpendReported", moment -> {
            Object spent = moment.data().get(SPENT_FIELD);
            if (!(spent instanceof Number amount) || !(amount.doubleValue() >= 0) || amount.doubleValue() > MAX_SPENT) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "data." + SPENT_FIELD + " must be the amount spent abroad on this"
                        + " trip so far, from 0 to " + (int) MAX_SPENT, "data." + SPENT_FIELD);
            }
            return Map.of(RoamingVariables.TRIP_SPENT, amount.doubleValue());
        });
    }

    /** The network saw the line back on the home network. */
    @Bean
    JourneyEvent cameHome() {
        return new JourneyEvent(RoamingVariables.PROCESS_ID, MomentType.ROAMING_ENDED, "CameHome", moment -> Map.of());
    }
}
