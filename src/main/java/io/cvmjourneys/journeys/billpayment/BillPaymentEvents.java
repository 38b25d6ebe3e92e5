package io.cvmjourneys.journeys.billpayment;

import io.cvmjourneys.moments.JourneyEvent;
import io.cvmjourneys.moments.MomentData;
import io.cvmjourneys.moments.MomentType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the bill-payment journey waits to hear: the payment (PAYMENT_RECEIVED, which collection
 * waits for too: billing names the journey, {@code data.journey = "bill-payment"}, when a customer has
 * both) and the answer to the direct-debit offer.
 */
@Configuration(proxyBeanMethods = false)
class BillPaymentEvents {

    static final String BILL_PAID = "BillPaid";
    static final String DIRECT_DEBIT_OFFER_ANSWERED = "DirectDebitOfferAnswered";

    @Bean
    JourneyEvent billPaid() {
        return new JourneyEvent(BillPaymentVariables.PROCESS_ID, MomentType.PAYMENT_RECEIVED, BILL_PAID, moment -> Map.of());
    }

    @Bean
    JourneyEvent directDebitOfferAnswered() {
        return new JourneyEvent(BillPaymentVariables.PROCESS_ID, MomentType.OFFER_ANSWERED, DIRECT_DEBIT_OFFER_ANSWERED,
                moment -> Map.of(BillPaymentVariables.DIRECT_DEBIT_RESPONSE, MomentData.offerAnswer(moment)));
    }
}
