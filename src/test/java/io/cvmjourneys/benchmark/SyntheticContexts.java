package io.cvmjourneys.benchmark;

import io.cvmjourneys.customer.Billing;
import io.cvmjourneys.customer.Complaint;
import io.cvmjourneys.customer.Consent;
import io.cvmjourneys.customer.ConsentPurpose;
import io.cvmjourneys.customer.Contact;
import io.cvmjourneys.customer.Customer;
import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.customer.CustomerType;
import io.cvmjourneys.customer.Incident;
import io.cvmjourneys.customer.Segment;
import io.cvmjourneys.customer.Subscription;
import io.cvmjourneys.engine.ActiveJourney;
import io.cvmjourneys.moments.Channel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Customer contexts in memory, varied like the demo base, for decisions measured without I/O. */
public final class SyntheticContexts {

    public static List<CustomerContext> generate(int count, long seed, Instant now) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        List<CustomerContext> contexts = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            CustomerType type = CustomerType.values()[random.nextInt(CustomerType.values().length)];
            Segment segment = Segment.values()[random.nextInt(Segment.values().length)];
            Customer customer = new Customer("CUST-" + i, "Customer " + i, "+3460000" + i, "c" + i + "@example.com", type,
                    segment, today.minusMonths(random.nextInt(180)), BigDecimal.valueOf(200 + random.nextInt(3000)),
                    BigDecimal.valueOf(10 + random.nextInt(90)), "AREA-" + random.nextInt(20), random.nextInt(50) == 0,
                    null, null);
            List<Subscription> subscriptions = List.of(new Subscription("SUB-" + i, type == CustomerType.HOME ? "HOME" : "MOBILE",
                    "PLAN-" + random.nextInt(5), type == CustomerType.HOME ? "FIBRE" : "5G", BigDecimal.valueOf(30),
                    type == CustomerType.PREPAID ? null : today.plusDays(random.nextInt(720)),
                    type == CustomerType.POSTPAID ? "Phone " + random.nextInt(9) : null,
                    type == CustomerType.POSTPAID ? today.plusDays(random.nextInt(720)) : null));
            boolean delinquent = random.nextInt(12) == 0;
            Billing billing = delinquent ? new Billing(BigDecimal.valueOf(80), 1, 5 + random.nextInt(60), today.minusDays(10))
                    : Billing.NOTHING_DUE;
            List<Incident> incidents = random.nextInt(10) == 0
                    ? List.of(new Incident("INC-" + i, customer.areaCode(), "OUTAGE", "Fibre cut", now.minus(Duration.ofHours(3))))
                    : List.of();
            List<Contact> contacts = new ArrayList<>();
            for (int c = random.nextInt(4); c > 0; c--) {
                contacts.add(new Contact(Channel.SMS, "USAGE_TIP", null, now.minus(Duration.ofDays(random.nextInt(10)))));
            }
            Set<Consent> consents = new HashSet<>();
            consents.add(new Consent(ConsentPurpose.SERVICE, Channel.SMS));
            if (random.nextInt(10) < 6) {
                consents.add(new Consent(ConsentPurpose.MARKETING, Channel.SMS));
                consents.add(new Consent(ConsentPurpose.MARKETING, Channel.EMAIL));
            }
            List<Complaint> complaints = random.nextInt(25) == 0
                    ? List.of(new Complaint("CMP-" + i, Channel.CALL_CENTER, "BILLING", "Charged twice", now.minus(Duration.ofDays(2)), null))
                    : List.of();
            List<ActiveJourney> journeys = random.nextInt(20) == 0
                    ? List.of(new ActiveJourney("cancellation-winback", "Cancellation & Winback", "pi-" + i, List.of("Present retention offer")))
                    : List.of();
            contexts.add(new CustomerContext(customer, subscriptions, billing, incidents, contacts, consents, complaints,
                    journeys, now));
        }
        return contexts;
    }

    private SyntheticContexts() {
    }
}
