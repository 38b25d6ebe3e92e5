package io.cvmjourneys.journeys.delinquency;

import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.JourneyVariables;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The placeholders every collection message may use: who, which invoice, how much, since when, when barring starts. */
@Component
class NoticeParameters {

    private final Clock clock;

    NoticeParameters(Clock clock) {
        this.clock = clock;
    }

    Map<String, String> of(DelegateExecution execution) {
        Object amount = execution.getVariable(DelinquencyVariables.AMOUNT_DUE);
        Object noticePeriod = execution.getVariable(DelinquencyVariables.BARRING_NOTICE_PERIOD);
                return Map.of(
                "customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME),
                "invoiceId", JourneySteps.required(execution, DelinquencyVariables.INVOICE_ID),
                "amountDue", String.format(Locale.ROOT, "%.2f", ((Number) amount).doubleValue()),
                "dueDate", JourneySteps.required(execution, DelinquencyVariables.INVOICE_DUE_DATE),
                "barringFrom", noticePeriod == null ? "" : Deadlines.plus(ZonedDateTime.now(clock), noticePeriod.toString())
                        .toInstant().atZone(clock.getZone()).toLocalDate().toString());
    }
}
