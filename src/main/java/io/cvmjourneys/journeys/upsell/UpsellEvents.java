package io.cvmjourneys.journeys.upsell;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the up-sell and cross-sell journey waits to hear, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class UpsellEvents {

    /** The customer answers the upgrade offer in the channel it came through (a link, a reply, the app). */
    @Bean
    JourneyEvent upgradeOfferAnswered() {
        return new JourneyEvent(UpsellVariables.PROCESS_ID, MomentType.OFFER_ANSWERED, "UpgradeOfferAnswered",
                moment -> Map.of(UpsellVariables.UPGRADE_RESPONSE, MomentData.offerAnswer(moment)));
    }

    /**
     * The customer bought a plan, package or add-on themselves ({@code data.product} names it): what
     * the control group is watched for, and what ends an offer nobody needed to answer.
     */
    @Bean
    JourneyEvent upgradeBought() {
        return new JourneyEvent(UpsellVariables.PROCESS_ID, MomentType.PRODUCT_PURCHASED, "UpgradeBought",
                moment -> Map.of(UpsellVariables.BOUGHT_PRODUCT, MomentData.productBought(moment)));
    }
}
