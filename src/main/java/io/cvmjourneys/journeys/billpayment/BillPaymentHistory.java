package io.cvmjourneys.journeys.billpayment;

import static io.cvmjourneys.journeys.Chances.happens;
import static io.cvmjourneys.journeys.Chances.within;

import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.DemoBillingRun;
import io.cvmjourneys.journeys.JourneyVariables;
import io.cvmjourneys.journeys.PastPeriod;
import io.cvmjourneys.journeys.ProgramHistory;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.HoldoutGroups;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: three months of bills before their due date. The billing run issues each customer's bill;
 * in turn the customers pay on time, paid one bill or two late in the months before, or pay by direct
 * debit (their bank pays on the due date). Punctual payers mostly pay after the reminder, a few before
 * it; those who paid late before often pay late again, and answer the direct-debit offer yes, no or
 * not at all, in turn. A tenth are in the control group and get no reminder: fewer of them pay on time.
 */
@Component
@Profile("demo")
class BillPaymentHistory implements ProgramHistory {

    static final int JOURNEYS = 48;
    static final int HELD_OUT = 6;
    /** The customers billed in the past come after this one of the demo base. */
    static final int FIRST_BILLED = 4000;
    /** How the customers paid before, in turn. */
    private static final List<Payer> PAYERS_IN_TURN = List.of(Payer.PUNCTUAL, Payer.LATE_TWICE, Payer.PUNCTUAL,
            Payer.LATE_ONCE, Payer.DIRECT_DEBIT, Payer.PUNCTUAL, Payer.LATE_TWICE, Payer.PUNCTUAL, Payer.LATE_ONCE);
    /** Answers to the direct-debit offer, in turn: empty is none. */
    private static final List<Optional<String>> OFFER_ANSWERS_IN_TURN = List.of(Optional.of("ACCEPTED"), Optional.of("DECLINED"),
            Optional.empty(), Optional.of("ACCEPTED"), Optional.empty());
    /** The bank collects early on the due date. */
    private static final LocalTime DIRECT_DEBIT_RUN = LocalTime.of(6, 0);

    private enum Payer { PUNCTUAL, LATE_ONCE, LATE_TWICE, DIRECT_DEBIT }

    private final DemoBillingRun billing;
    private final CustomerDirectory customers;
    private final HoldoutGroups holdout;
    private final Clock clock;
    private int offerAnswers;

    BillPaymentHistory(DemoBillingRun billing, CustomerDirectory customers, HoldoutGroups holdout, Clock clock) {
        this.billing = billing;
        this.customers = customers;
        this.holdout = holdout;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return BillPaymentVariables.PROCESS_ID;
    }

    @Override
    public List<PastStart> starts(PastPeriod period) {
        List<Instant> times = period.startTimes(JOURNEYS, Duration.ZERO, Duration.ofDays(2));
        List<String> billed = period.customersWithControlGroup(JOURNEYS, HELD_OUT, this::isHeldOut, this::fits);
        List<PastStart> starts = new ArrayList<>();
        for (int i = 0; i < Math.min(times.size(), billed.size()); i++) {
            String customer = billed.get(i);
            Payer payer = PAYERS_IN_TURN.get(i % PAYERS_IN_TURN.size());
            starts.add(new PastStart(times.get(i), () -> Optional.of(billingRun(customer, payer))));
        }
        return starts;
    }

    @Override
    public Optional<TaskWork> work(String taskKey, Map<String, Object> journey, SplittableRandom random) {
        return Optional.empty();
    }

    @Override
    public Optional<Reply> reply(String messageName, Map<String, Object> journey, SplittableRandom random) {
        return switch (messageName) {
            case BillPaymentEvents.BILL_PAID -> payment(journey, random);
            case BillPaymentEvents.DIRECT_DEBIT_OFFER_ANSWERED -> OFFER_ANSWERS_IN_TURN.get(offerAnswers++ % OFFER_ANSWERS_IN_TURN.size())
                    .map(answer -> new Reply(within(random, Duration.ofHours(2), Duration.ofDays(5)), MomentType.OFFER_ANSWERED,
                            Channel.APP, Map.of("answer", answer, "journey", BillPaymentVariables.PROCESS_ID)));
            default -> Optional.empty();
        };
    }

    /**
     * Who pays, and when: the bank on the due date for a direct debit; before the reminder, a few; after
     * it, most punctual payers within two days and half of those who paid late before; in the control
     * group, without a reminder, three in four punctual payers and a third of the late ones.
     */
    private Optional<Reply> payment(Map<String, Object> journey, SplittableRandom random) {
        if (Boolean.TRUE.equals(journey.get(BillPaymentVariables.PAYS_BY_DIRECT_DEBIT))) {
            LocalDate due = LocalDate.parse((String) journey.get(BillPaymentVariables.DUE_DATE));
            return Optional.of(paid(Duration.between(clock.instant(), due.atTime(DIRECT_DEBIT_RUN).atZone(clock.getZone()))));
        }
        boolean paidLateBefore = ((Number) journey.get(BillPaymentVariables.LATE_PAYMENTS)).intValue() > 0;
        if (Boolean.TRUE.equals(journey.get(JourneyVariables.IN_CONTROL_GROUP))) {
            return happens(random, paidLateBefore ? 0.35 : 0.75)
                    ? Optional.of(paid(within(random, Duration.ofDays(1), Duration.ofDays(13)))) : Optional.empty();
        }
        if (!journey.containsKey(BillPaymentVariables.REMINDER_SENT)) {
            return happens(random, paidLateBefore ? 0.1 : 0.3) ? Optional.of(paid(within(random, Duration.ofDays(1), Duration.ofDays(8))))
                    : Optional.empty();
        }
        return happens(random, paidLateBefore ? 0.5 : 0.85)
                ? Optional.of(paid(within(random, Duration.ofHours(2), Duration.ofDays(2)))) : Optional.empty();
    }

    /** Billing names the journey: a customer may have an overdue bill in collection besides this one. */
    private static Reply paid(Duration after) {
        return new Reply(after, MomentType.PAYMENT_RECEIVED, Channel.WEB, Map.of("journey", BillPaymentVariables.PROCESS_ID));
    }

    private Moment billingRun(String customer, Payer payer) {
        switch (payer) {
            case LATE_ONCE -> billing.paidLateBefore(customer, 1, 6);
            case LATE_TWICE -> billing.paidLateBefore(customer, 2, 4);
            case DIRECT_DEBIT -> billing.paysByDirectDebit(customer);
            default -> {
            }
        }
        String invoice = billing.issue(customer);
        return new Moment("demo-history-invoice-" + invoice, customer, MomentType.INVOICE_ISSUED, Channel.WEB, clock.instant(),
                Map.of(InvoiceIssued.INVOICE_FIELD, invoice));
    }

    private boolean isHeldOut(String customerId) {
        return holdout.isHeldOut(customerId, BillPaymentVariables.PROCESS_ID);
    }

    /**
     * Bill-paying customers (not pay-as-you-go) with a line, nothing overdue, from the base's last
     * thousand: the other programs' pasts walk the base from its start, so this one, added later,
     * left them the customers they had.
     */
    private boolean fits(String customerId) {
        return Integer.parseInt(customerId.substring(customerId.indexOf('-') + 1)) > FIRST_BILLED
                && customers.context(customerId).filter(context -> context.customer().type() != CustomerType.PREPAID
                && !context.subscriptions().isEmpty() && !context.billing().isDelinquent()).isPresent();
    }
}
