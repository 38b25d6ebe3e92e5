package io.cvmjourneys.journeys.billpayment;

import io.cvmjourneys.channels.MessageKind;
import io.cvmjourneys.customer.CustomerCollections;
import io.cvmjourneys.customer.CustomerCollections.OpenInvoice;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.journeys.ChooseOutboundOffer;
import io.cvmjourneys.journeys.JourneyMessages;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.journeys.OfferAnswers;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.JourneyStartVariables;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.nba.NextBestActionVariables;
import io.cvmjourneys.nba.NextBestActions;
import io.cvmjourneys.nba.Outcome;
import io.cvmjourneys.nba.RankedAction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bill-payment journey's steps: read the invoice and how the customer paid before, plan the
 * reminder the decision table chose, send it through the next-best-action engine, record the
 * payment, set up a direct debit the customer asked for.
 */
@Configuration(proxyBeanMethods = false)
class BillPaymentSteps {

    static final String REMINDER_STEP = "PAYMENT_REMINDER";
    static final String REMINDER_ACTION = "PAYMENT_REMINDER";
    static final String REMINDER_TEMPLATE = "payment-reminder";
    static final String OFFER_TEMPLATE = "direct-debit-offer";
    static final String CONFIRMATION_TEMPLATE = "direct-debit-confirmed";
    static final String PAY_LINK = "https://pay.cvmjourneys.io/";
    /** Reminders go in the morning of their day, in the operator's zone. */
    static final LocalTime REMINDER_TIME = LocalTime.of(10, 0);
    /** A reminder goes by e-mail where the customer allows it, else by SMS, else by push. */
    private static final List<Channel> REMINDER_CHANNELS = List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH);
    private static final List<String> TEXTS = List.of(BillPaymentVariables.INVOICE_ID, BillPaymentVariables.DUE_DATE);
    private static final List<String> AMOUNTS = List.of(BillPaymentVariables.AMOUNT_DUE);

    private final CustomerCollections collections;
    private final NextBestActionService nextBestActions;
    private final JourneyMessages messages;
    private final OfferAnswers answers;
    private final Clock clock;

    BillPaymentSteps(CustomerCollections collections, NextBestActionService nextBestActions, JourneyMessages messages,
                     OfferAnswers answers, Clock clock) {
        this.collections = collections;
        this.nextBestActions = nextBestActions;
        this.messages = messages;
        this.answers = answers;
        this.clock = clock;
    }

    /** {@code ${readPaymentHistory}}: the invoice, the late payments of the past year, and whether a direct debit pays it. */
    @Bean
    JavaDelegate readPaymentHistory() {
        return execution -> {
            String customerId = customer(execution);
            String invoiceId = JourneySteps.required(execution, BillPaymentVariables.INVOICE_ID);
            OpenInvoice invoice = collections.openInvoice(customerId, invoiceId).orElseThrow(() -> new IllegalStateException(
                    "Invoice " + invoiceId + " of " + customerId + " is no longer open: billing closed it before the journey read it"));
            execution.setVariable(BillPaymentVariables.AMOUNT_DUE, invoice.amount().doubleValue());
            execution.setVariable(BillPaymentVariables.DUE_DATE, invoice.dueOn().toString());
            execution.setVariable(BillPaymentVariables.LATE_PAYMENTS,
                    collections.latePaymentsInYearBefore(customerId, LocalDate.now(clock)));
            execution.setVariable(BillPaymentVariables.PAYS_BY_DIRECT_DEBIT, collections.paysByDirectDebit(customerId));
            execution.setVariable(BillPaymentVariables.LATE_FROM, Date.from(invoice.dueOn().plusDays(1)
                    .atStartOfDay(clock.getZone()).toInstant()));
        };
    }

    /**
     * {@code ${scheduleBillReminder}}, once the table chose the reminder (at the gateway that asks whether one goes): its morning, so many days before
     * the due date; a reminder whose morning has passed (a bill issued late) is not sent.
     */
    @Bean
    ExecutionListener scheduleBillReminder() {
        return execution -> {
            int daysBefore = ((Number) execution.getVariable(BillPaymentVariables.REMINDER_DAYS_BEFORE)).intValue();
            Instant at = LocalDate.parse(JourneySteps.required(execution, BillPaymentVariables.DUE_DATE)).minusDays(daysBefore)
                    .atTime(REMINDER_TIME).atZone(clock.getZone()).toInstant();
            execution.setVariable(BillPaymentVariables.REMINDER_AT, Date.from(at));
            execution.setVariable(BillPaymentVariables.REMINDER_AHEAD, daysBefore > 0 && at.isAfter(clock.instant()));
        };
    }

    /**
     * {@code ${sendPaymentReminder}}: the next-best-action engine decides for the step, so the reminder
     * is in the decision log and passes the policies any service message passes (consent, contact caps,
     * quiet hours); a reminder the engine holds back is not sent, and the log says why.
     */
    @Bean
    JavaDelegate sendPaymentReminder() {
        return execution -> {
            String customerId = customer(execution);
            Channel channel = collections.serviceChannel(customerId, REMINDER_CHANNELS);
            NextBestActions decision = nextBestActions.decideInJourney(customerId, MomentType.INVOICE_ISSUED, channel,
                    REMINDER_STEP, JourneySteps.journey(execution));
            Optional<RankedAction> reminder = decision.actions().stream()
                    .filter(action -> action.actionId().equals(REMINDER_ACTION)).findFirst();
            execution.setVariable(BillPaymentVariables.REMINDER_SENT, reminder.isPresent());
            if (reminder.isPresent()) {
                Map<String, String> parameters = parameters(execution);
                parameters.put("payLink", PAY_LINK + JourneySteps.required(execution, BillPaymentVariables.INVOICE_ID));
                messages.sendAction(execution, channel, MessageKind.SERVICE, REMINDER_TEMPLATE, parameters, REMINDER_ACTION,
                        decision.decisionId());
                execution.setVariable(BillPaymentVariables.REMINDER_DECISION_ID, decision.decisionId());
                execution.setVariable(BillPaymentVariables.REMINDER_ACTION, REMINDER_ACTION);
            }
        };
    }

    /** {@code ${sendDirectDebitOffer}}: the offer the engine chose, through the channel it allowed. */
    @Bean
    JavaDelegate sendDirectDebitOffer() {
        return execution -> messages.sendAction(execution,
                Channel.valueOf(JourneySteps.required(execution, ChooseOutboundOffer.OFFER_CHANNEL)), MessageKind.SERVICE,
                OFFER_TEMPLATE, parameters(execution), JourneySteps.required(execution, NextBestActionVariables.BEST_ACTION),
                JourneySteps.required(execution, NextBestActionVariables.DECISION_ID));
    }

    /**
     * {@code ${recordBillPayment}}: the payment closes the invoice, once however often the step runs; after a
     * reminder, the decision log counts the payment as the reminder's answer, so its row on the KPI page says
     * how many paid after it.
     */
    @Bean
    JavaDelegate recordBillPayment() {
        return execution -> {
            collections.settleInvoice(customer(execution), JourneySteps.required(execution, BillPaymentVariables.INVOICE_ID),
                    clock.instant(), JourneySteps.reference(execution));
            recordReminderAnswer(execution, Outcome.ACCEPTED);
        };
    }

    /** {@code ${recordReminderUnpaid}}, as the due date passes unpaid: a reminder sent had no answer. */
    @Bean
    ExecutionListener recordReminderUnpaid() {
        return execution -> recordReminderAnswer(execution, Outcome.NO_ANSWER);
    }

    private void recordReminderAnswer(DelegateExecution execution, Outcome outcome) {
        answers.record(execution, BillPaymentVariables.REMINDER_DECISION_ID, BillPaymentVariables.REMINDER_ACTION, outcome,
                "journey " + BillPaymentVariables.PROCESS_ID);
    }

    /** {@code ${setUpDirectDebit}}: the mandate the customer agreed to, confirmed to them. */
    @Bean
    JavaDelegate setUpDirectDebit() {
        return execution -> {
            collections.setUpDirectDebit(customer(execution), clock.instant(), JourneySteps.reference(execution));
            messages.send(execution, MessageKind.SERVICE, CONFIRMATION_TEMPLATE, parameters(execution));
        };
    }

    private static Map<String, String> parameters(DelegateExecution execution) {
        Map<String, String> parameters = JourneyMessages.parameters(execution, TEXTS, AMOUNTS, List.of());
        parameters.put("customerName", JourneySteps.required(execution, JourneyVariables.CUSTOMER_NAME));
        return parameters;
    }

    private static String customer(DelegateExecution execution) {
        return JourneySteps.required(execution, JourneyStartVariables.CUSTOMER_ID);
    }
}
