package io.cvmjourneys.journeys.deviceupgrade;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the device-upgrade journey waits to hear from the customer. A customer with another offer
 * out at the same time names this journey in the moment's data ({@code "journey": "device-upgrade"},
 * or the {@code processInstanceId} the offer's answer link carries).
 */
@Configuration(proxyBeanMethods = false)
class DeviceUpgradeAnswers {

    static final String OFFER_ANSWERED = "DeviceOfferAnswered";
    static final String SURVEY_ANSWERED = "DeviceUpgradeSurveyAnswered";

    @Bean
    JourneyEvent deviceOfferAnswered() {
        return new JourneyEvent(DeviceUpgradeVariables.PROCESS_ID, MomentType.OFFER_ANSWERED, OFFER_ANSWERED,
                moment -> Map.of(DeviceUpgradeVariables.OFFER_RESPONSE, MomentData.offerAnswer(moment)));
    }

    @Bean
    JourneyEvent deviceUpgradeSurveyAnswered() {
        return new JourneyEvent(DeviceUpgradeVariables.PROCESS_ID, MomentType.SURVEY_ANSWERED, SURVEY_ANSWERED,
                moment -> Map.of(DeviceUpgradeVariables.SURVEY_SCORE, MomentData.tnpsScore(moment)));
    }
}
