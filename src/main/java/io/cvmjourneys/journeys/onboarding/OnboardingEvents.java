package io.cvmjourneys.journeys.onboarding;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * What the onboarding journey hears while it runs, all as one message (ServiceUsed): the first
 * call, data session or app login ({@code SERVICE_FIRST_USED}, {@code data.usage}), a top-up
 * ({@code TOP_UP}, {@code data.amount}) and a package bought ({@code PRODUCT_PURCHASED}).
 */
@Configuration(proxyBeanMethods = false)
class OnboardingEvents {

    static final String MESSAGE = "ServiceUsed";
    static final String USAGE_FIELD = "usage";
    static final List<String> FIRST_USES = List.of(ServiceUse.CALL.name(), ServiceUse.DATA.name(), ServiceUse.APP_LOGIN.name());
    static final String AMOUNT_FIELD = "amount";
    static final double MAX_TOP_UP = 500;

    @Bean
    JourneyEvent serviceFirstUsed() {
        return new JourneyEvent(OnboardingVariables.PROCESS_ID, MomentType.SERVICE_FIRST_USED, MESSAGE,
                moment -> Map.of(OnboardingVariables.SERVICE_USED, MomentData.oneOf(moment, USAGE_FIELD, FIRST_USES)));
    }

    @Bean
    JourneyEvent toppedUp() {
        return new JourneyEvent(OnboardingVariables.PROCESS_ID, MomentType.TOP_UP, MESSAGE, moment -> {
            topUpAmount(moment);
            return Map.of(OnboardingVariables.SERVICE_USED, ServiceUse.TOP_UP.name());
        });
    }

    @Bean
    JourneyEvent packageBought() {
        return new JourneyEvent(OnboardingVariables.PROCESS_ID, MomentType.PRODUCT_PURCHASED, MESSAGE, moment -> {
            MomentData.productBought(moment);
            return Map.of(OnboardingVariables.SERVICE_USED, ServiceUse.PACKAGE.name());
        });
    }

    /** A top-up names its amount: more than nothing, at most what a voucher or card payment can be. */
    private static void topUpAmount(Moment moment) {
        Object amount = moment.data().get(AMOUNT_FIELD);
        if (!(amount instanceof Number value) || !(value.doubleValue() > 0) || value.doubleValue() > MAX_TOP_UP) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + AMOUNT_FIELD + " must be the amount topped up, more than 0 and"
                    + " at most " + (int) MAX_TOP_UP, "data." + AMOUNT_FIELD);
        }
    }
}
