package io.cvmjourneys.customer;

import static io.cvmjourneys.customer.DemoVocabulary.pick;

import io.cvmjourneys.customer.CustomerBase.ConsentDecision;
import io.cvmjourneys.customer.CustomerBase.Invoice;
import io.cvmjourneys.customer.CustomerBase.Owned;
import io.cvmjourneys.customer.CustomerBase.Payment;
import io.cvmjourneys.customer.DemoVocabulary.ComplaintText;
import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What happened to the demo customers: invoices and payments, complaints, consents and contacts.
 * Everything lies before today (so a base generated at any hour of the day is the same) and inside
 * the windows the context reads. Probabilities are shares of all customers unless said otherwise.
 */
final class DemoCustomerHistory {

    /** Only POSTPAID and HOME (~70%) are billed: this makes ~8% of all customers delinquent. */
    private static final double DELINQUENT = 0.115;
    private static final double OPEN_COMPLAINT = 0.03;
    private static final double OPEN_COMPLAINT_IN_OUTAGE_AREA = 0.12;
    private static final double COMPLAINT_RESOLVED_LAST_TWO_WEEKS = 0.03;
    private static final double COMPLAINT_RESOLVED_LONG_AGO = 0.06;
    private static final double NO_CONSENT = 0.03;
    private static final double MARKETING_CONSENT = 0.60;
    private static final double MARKETING_SMS_WITHDRAWN = 0.08;
    private static final double TWO_SMS_THIS_WEEK = 0.06;
    private static final List<Channel> COMPLAINT_CHANNELS = List.of(Channel.CALL_CENTER, Channel.STORE, Channel.WEB,
            Channel.APP, Channel.EMAIL);
    private static final List<Channel> MARKETING_CHANNELS = List.of(Channel.SMS, Channel.EMAIL, Channel.PUSH,
            Channel.TELESALES);

    private final LocalDate today;
    private final ZoneId zone;
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Owned<Contact>> contacts = new ArrayList<>();
    private final List<ConsentDecision> consents = new ArrayList<>();
    private final List<Owned<Complaint>> complaints = new ArrayList<>();

    DemoCustomerHistory(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
    }

    void add(Customer customer, SplittableRandom random) {
        if (customer.type() != CustomerType.PREPAID) {
            bills(customer, random);
        }
        complaints(customer, random);
        List<ConsentDecision> decisions = consents(customer, random, true);
        consents.addAll(decisions);
        List<Consent> granted = decisions.stream().filter(ConsentDecision::granted).map(ConsentDecision::consent).toList();
        contacts(customer, granted, random);
    }

    /** The consents a customer gives as they join us, without the rest of a past. */
    List<ConsentDecision> consentsOf(Customer customer, SplittableRandom random) {
        return consents(customer, random, false);
    }

    CustomerBase complete(List<Customer> customers, List<Owned<Subscription>> subscriptions) {
        return new CustomerBase(customers, subscriptions, invoices, payments, DemoVocabulary.incidents(today, zone), contacts,
                consents, complaints);
    }

    /**
     * Monthly invoices, due 14 days after issue. A delinquent customer left every invoice unpaid since
     * one that fell due 5–90 days ago; everybody else paid whatever is due, and some already paid the
     * invoice that is not due yet.
     */
    private void bills(Customer customer, SplittableRandom random) {
        if (random.nextDouble() < DELINQUENT) {
            LocalDate firstMissed = today.minusDays(random.nextInt(5, 91));
            for (LocalDate due = firstMissed.minusDays(60); !due.minusDays(14).isAfter(today); due = due.plusDays(30)) {
                boolean paid = due.isBefore(firstMissed);
                invoice(customer, due.minusDays(14), paid ? due.minusDays(random.nextInt(1, 10)) : null, random);
            }
            return;
        }
        LocalDate lastIssued = today.minusDays(random.nextInt(30));
        for (int month = 2; month >= 0; month--) {
            LocalDate issued = lastIssued.minusDays(30L * month);
            long daysOpen = ChronoUnit.DAYS.between(issued, today);
            LocalDate paidOn = issued.plusDays(14).isBefore(today) ? issued.plusDays(random.nextInt(1, 15))
                    : daysOpen > 0 && random.nextDouble() < 0.4 ? issued.plusDays(random.nextLong(daysOpen)) : null;
            invoice(customer, issued, paidOn, random);
        }
    }

    private void invoice(Customer customer, LocalDate issued, LocalDate paidOn, SplittableRandom random) {
        String id = "INV-%07d".formatted(invoices.size() + 1);
        BigDecimal amount = customer.arpu().add(DemoCustomerGenerator.money(random.nextDouble(8)));
        invoices.add(new Invoice(id, customer.id(), amount, issued, issued.plusDays(14), paidOn));
        if (paidOn != null) {
            payments.add(new Payment("PAY-%07d".formatted(payments.size() + 1), customer.id(), id, amount,
                    daytime(paidOn, random)));
        }
    }

    private void complaints(Customer customer, SplittableRandom random) {
        boolean inOutageArea = DemoVocabulary.OUTAGE_AREAS.contains(customer.areaCode());
        if (random.nextDouble() < (inOutageArea ? OPEN_COMPLAINT_IN_OUTAGE_AREA : OPEN_COMPLAINT)) {
            ComplaintText text = inOutageArea ? DemoVocabulary.OUTAGE_COMPLAINT : pick(DemoVocabulary.COMPLAINTS, random);
            int daysAgo = inOutageArea ? random.nextInt(1, 3) : random.nextInt(1, 21);
            complaint(customer, text, daytime(today.minusDays(daysAgo), random), null, random);
        }
        if (random.nextDouble() < COMPLAINT_RESOLVED_LAST_TWO_WEEKS) {
            LocalDate resolved = today.minusDays(random.nextInt(1, 14));
            complaint(customer, pick(DemoVocabulary.COMPLAINTS, random),
                    daytime(resolved.minusDays(random.nextInt(1, 21)), random), daytime(resolved, random), random);
        }
        if (random.nextDouble() < COMPLAINT_RESOLVED_LONG_AGO && tenureDays(customer) > 420) {
            LocalDate resolved = today.minusDays(random.nextInt(120, 400));
            complaint(customer, pick(DemoVocabulary.COMPLAINTS, random),
                    daytime(resolved.minusDays(random.nextInt(1, 21)), random), daytime(resolved, random), random);
        }
    }

    private void complaint(Customer customer, ComplaintText text, Instant filedAt, Instant resolvedAt,
                           SplittableRandom random) {
        complaints.add(new Owned<>(customer.id(), new Complaint("CMP-%06d".formatted(complaints.size() + 1),
                pick(COMPLAINT_CHANNELS, random), text.category(), text.summary(), filedAt, resolvedAt)));
    }

    /** Nearly everybody takes service messages; most take some marketing; some withdrew marketing by SMS. */
    /** @param sinceJoining whether the customer has had time since joining to withdraw a consent */
    private List<ConsentDecision> consents(Customer customer, SplittableRandom random, boolean sinceJoining) {
        List<ConsentDecision> decisions = new ArrayList<>();
        if (random.nextDouble() < NO_CONSENT) {
            return decisions;
        }
        Instant joined = customer.customerSince().atTime(sinceJoining ? 12 : 0, 0).atZone(zone).toInstant();
        decisions.add(new ConsentDecision(customer.id(), new Consent(ConsentPurpose.SERVICE, Channel.SMS), true, joined));
        decisions.add(new ConsentDecision(customer.id(), new Consent(ConsentPurpose.SERVICE, Channel.EMAIL), true, joined));
        if (random.nextDouble() < MARKETING_CONSENT) {
            List<Channel> channels = MARKETING_CHANNELS.stream().filter(channel -> random.nextBoolean()).toList();
            for (Channel channel : channels.isEmpty() ? List.of(pick(MARKETING_CHANNELS, random)) : channels) {
                decisions.add(new ConsentDecision(customer.id(), new Consent(ConsentPurpose.MARKETING, channel), true,
                        joined));
            }
        }
        boolean marketingSms = decisions.stream().anyMatch(decision -> decision.consent().equals(
                new Consent(ConsentPurpose.MARKETING, Channel.SMS)));
        if (sinceJoining && !marketingSms && random.nextDouble() < MARKETING_SMS_WITHDRAWN) {
            decisions.add(new ConsentDecision(customer.id(), new Consent(ConsentPurpose.MARKETING, Channel.SMS), false,
                    daytime(today.minusDays(random.nextLong(1, Math.min(300, tenureDays(customer)))), random)));
        }
        return decisions;
    }

    /** Up to four contacts in the last 29 days through consented channels; some got two service SMS this week. */
    private void contacts(Customer customer, List<Consent> granted, SplittableRandom random) {
        if (granted.isEmpty()) {
            return;
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            Consent consent = pick(granted, random);
            List<String> actions = consent.purpose() == ConsentPurpose.MARKETING
                    ? DemoVocabulary.MARKETING_ACTIONS : DemoVocabulary.SERVICE_ACTIONS;
            contact(customer, consent.channel(), pick(actions, random), random.nextInt(1, 30), random);
        }
        if (granted.contains(new Consent(ConsentPurpose.SERVICE, Channel.SMS)) && random.nextDouble() < TWO_SMS_THIS_WEEK) {
            contact(customer, Channel.SMS, "USAGE_TIP", random.nextInt(1, 7), random);
            contact(customer, Channel.SMS, "USAGE_TIP", random.nextInt(1, 7), random);
        }
    }

    private void contact(Customer customer, Channel channel, String actionId, int daysAgo, SplittableRandom random) {
        contacts.add(new Owned<>(customer.id(), new Contact(channel, actionId, null,
                daytime(today.minusDays(daysAgo), random))));
    }

    private long tenureDays(Customer customer) {
        return ChronoUnit.DAYS.between(customer.customerSince(), today);
    }

    /** Some time during office hours (UTC) of that day. */
    private Instant daytime(LocalDate day, SplittableRandom random) {
        return day.atTime(9, 0).plusMinutes(random.nextInt(600)).atZone(zone).toInstant();
    }
}
