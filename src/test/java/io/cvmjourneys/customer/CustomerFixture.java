package io.cvmjourneys.customer;

import io.cvmjourneys.customer.CustomerBase.ConsentDecision;
import io.cvmjourneys.customer.CustomerBase.Invoice;
import io.cvmjourneys.customer.CustomerBase.Owned;
import io.cvmjourneys.customer.CustomerBase.Payment;
import io.cvmjourneys.customer.CustomerBase.ServiceIncident;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Three customers nobody else has: ids, names ("Quixworth"), phones (London drama numbers) and
 * areas (ZZ…) that the demo base never uses. Zebedee has a bit of everything, inside and outside
 * the context's windows; Yolanda has one prepaid line and nothing else; Aaron is free for tests
 * that change things.
 */
final class CustomerFixture {

    static final Instant NOW = TestClock.DEFAULT;
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    static final String RICH = "CUST-900001";
    static final String SPARSE = "CUST-900002";
    static final String SPARE = "CUST-9000010";
    static final String AREA = "ZZ1";

    static CustomerBase customers() {
        Customer zebedee = new Customer(RICH, "Zebedee Quixworth", "+44 20 7946 0001", "zebedee@example.org",
                CustomerType.POSTPAID, Segment.HIGH_VALUE, TODAY.minusYears(6), new BigDecimal("2450.00"),
                new BigDecimal("61.00"), AREA, true, LocalTime.of(21, 0), LocalTime.of(8, 0));
        Customer yolanda = new Customer(SPARSE, "Yolanda Quixworth", "+44 20 7946 0002", null, CustomerType.PREPAID,
                Segment.MASS, TODAY.minusMonths(8), new BigDecimal("190.00"), new BigDecimal("10.00"), "ZZ3", false,
                null, null);
        Customer aaron = new Customer(SPARE, "Aaron Quixworth", "+44 20 7946 0010", null, CustomerType.HOME,
                Segment.MASS, TODAY.minusYears(2), new BigDecimal("900.00"), new BigDecimal("38.00"), "ZZ3", false,
                null, null);
        return new CustomerBase(List.of(zebedee, yolanda, aaron),
                List.of(new Owned<>(RICH, new Subscription("SUB-900001-1", "MOBILE", "Unlimited", "5G", new BigDecimal("61.00"),
                                TODAY.plusDays(45), "Pixel 9", TODAY.plusDays(20))),
                        new Owned<>(RICH, new Subscription("SUB-900001-2", "MOBILE", "Essential 20GB", "4G",
                                new BigDecimal("18.00"), null, null, null)),
                        new Owned<>(SPARSE, new Subscription("SUB-900002-1", "MOBILE", "Pay As You Go 10", "4G",
                                new BigDecimal("10.00"), null, null, null))),
                List.of(invoice("INV-900001-1", "61.00", 70, TODAY.minusDays(60)),
                        invoice("INV-900001-2", "30.00", 40, null),
                        invoice("INV-900001-3", "45.50", 10, null),
                        invoice("INV-900001-4", "50.00", -5, null)),
                List.of(new Payment("PAY-900001-1", RICH, "INV-900001-1", new BigDecimal("61.00"), ago(60))),
                List.of(new ServiceIncident(new Incident("INC-ZZ1-OPEN", AREA, "MOBILE_OUTAGE", "Mast down in ZZ1", ago(1)),
                                null),
                        new ServiceIncident(new Incident("INC-ZZ1-FIXED", AREA, "BROADBAND_OUTAGE", "Cable cut in ZZ1", ago(5)),
                                ago(4)),
                        new ServiceIncident(new Incident("INC-ZZ2-OPEN", "ZZ2", "MOBILE_OUTAGE", "Mast down in ZZ2", ago(1)),
                                null)),
                List.of(contact(Channel.SMS, "usage-tip", "decision-1", ago(2)),
                        contact(Channel.EMAIL, "retention-offer", null, ago(29)),
                        contact(Channel.SMS, "bill-ready-notice", null, ago(31))),
                List.of(consent(ConsentPurpose.SERVICE, Channel.SMS, true),
                        consent(ConsentPurpose.MARKETING, Channel.EMAIL, true),
                        consent(ConsentPurpose.MARKETING, Channel.SMS, false)),
                List.of(complaint("CMP-900001-OPEN", ago(3), null),
                        complaint("CMP-900001-RECENT", ago(20), ago(10)),
                        complaint("CMP-900001-OLD", ago(130), ago(120))));
    }

    /** An invoice of the rich customer, due this many days ago (negative: still ahead), issued 14 days before. */
    private static Invoice invoice(String id, String amount, int dueDaysAgo, LocalDate paidOn) {
        LocalDate due = TODAY.minusDays(dueDaysAgo);
        return new Invoice(id, RICH, new BigDecimal(amount), due.minusDays(14), due, paidOn);
    }

    private static Owned<Contact> contact(Channel channel, String actionId, String decisionId, Instant contactedAt) {
        return new Owned<>(RICH, new Contact(channel, actionId, decisionId, contactedAt));
    }

    private static ConsentDecision consent(ConsentPurpose purpose, Channel channel, boolean granted) {
        return new ConsentDecision(RICH, new Consent(purpose, channel), granted, ago(400));
    }

    private static Owned<Complaint> complaint(String id, Instant filedAt, Instant resolvedAt) {
        return new Owned<>(RICH, new Complaint(id, Channel.CALL_CENTER, "NETWORK", "Calls drop at home", filedAt, resolvedAt));
    }

    static Instant ago(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private CustomerFixture() {
    }
}
