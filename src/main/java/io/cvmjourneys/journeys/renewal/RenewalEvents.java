package io.cvmjourneys.journeys.renewal;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the contract-renewal journey waits to hear, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class RenewalEvents {

    /** The customer answers the renewal offer in the channel it came through (a link, a reply, the app). */
    @Bean
    JourneyEvent renewalOfferAnswered() {
        return new JourneyEvent(RenewalVariables.PROCESS_ID, MomentType.OFFER_ANSWERED, "RenewalOfferAnswered",
                moment -> Map.of(RenewalVariables.RENEWAL_RESPONSE, MomentData.offerAnswer(moment)));
    }

    /**
     * The customer signed a new contract themselves (in the app, in a store): {@code data.product} names
     * it. What the control group is watched for.
     */
    @Bean
    JourneyEvent renewedOnTheirOwn() {
        return new JourneyEvent(RenewalVariables.PROCESS_ID, MomentType.PRODUCT_PURCHASED, "RenewedOnTheirOwn",
                moment -> Map.of(RenewalVariables.RENEWED_WITH, MomentData.productBought(moment)));
    }
}
