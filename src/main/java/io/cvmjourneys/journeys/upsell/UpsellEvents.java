package io.cvmjourneys.journeys.upsell;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** What the up-sell and cross-sell journey waits to hear, as moments of truth. */
@Configuration(proxyBeanMethods = false)
class UpsellEvents {

    static final String PRODUCT_FIELD = "product";
    static final int MAX_PRODUCT_LENGTH = 200;

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
        return new JourneyEvent(UpsellVariables.PROCESS_ID, MomentType.PRODUCT_PURCHASED, "UpgradeBought", moment -> {
            Object product = moment.data().get(PRODUCT_FIELD);
            if (!(product instanceof String name) || name.isBlank() || name.length() > MAX_PRODUCT_LENGTH) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "data." + PRODUCT_FIELD + " must name what was bought, in at most "
                        + MAX_PRODUCT_LENGTH + " characters", "data." + PRODUCT_FIELD);
            }
            return Map.of(UpsellVariables.BOUGHT_PRODUCT, name.strip());
        });
    }
}
