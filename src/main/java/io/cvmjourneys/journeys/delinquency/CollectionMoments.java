package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * What the delinquency journey waits to hear, as moments of truth. A PAYMENT_RECEIVED moment reaches
 * the ladder while it runs and the current instalment while a payment plan runs: never both at once.
 */
@Configuration(proxyBeanMethods = false)
class CollectionMoments {

    /** How far ahead a customer may promise to pay. */
    static final int MAX_PROMISE_DAYS = 60;

    @Bean
    JourneyEvent overduePaymentReceived() {
        return new JourneyEvent(DelinquencyVariables.PROCESS_ID, MomentType.PAYMENT_RECEIVED, "OverduePaymentReceived",
                moment -> Map.of());
    }

    @Bean
    JourneyEvent instalmentPaid() {
        return new JourneyEvent(DelinquencyVariables.PROCESS_ID, MomentType.PAYMENT_RECEIVED, "InstalmentPaid",
                moment -> Map.of());
    }

    @Bean
    JourneyEvent paymentPromised(Clock clock) {
        return new JourneyEvent(DelinquencyVariables.PROCESS_ID, MomentType.PROMISE_TO_PAY, "PaymentPromised",
                moment -> Map.of(DelinquencyVariables.CUSTOMER_RESPONSE, "PROMISE_TO_PAY",
                        DelinquencyVariables.PROMISED_DATE, promisedDate(moment, clock.getZone()).toString()));
    }

    @Bean
    JourneyEvent collectionSurveyAnswered() {
        return new JourneyEvent(DelinquencyVariables.PROCESS_ID, MomentType.SURVEY_ANSWERED, "CollectionSurveyAnswered",
                moment -> Map.of(DelinquencyVariables.SURVEY_SCORE, MomentData.tnpsScore(moment)));
    }

    /** {@code data.promisedDate}: an ISO date from the day the customer promised (in the operator's zone), at most 60 days later. */
    private static LocalDate promisedDate(Moment moment, ZoneId zone) {
        LocalDate promisedOn = moment.occurredAt().atZone(zone).toLocalDate();
        try {
            LocalDate date = LocalDate.parse(String.valueOf(moment.data().get("promisedDate")));
            if (!date.isBefore(promisedOn) && !date.isAfter(promisedOn.plusDays(MAX_PROMISE_DAYS))) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // answered below, like a date out of range
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "data.promisedDate must be a date (YYYY-MM-DD) from " + promisedOn
                + " to " + promisedOn.plusDays(MAX_PROMISE_DAYS), "data.promisedDate");
    }
}
