package io.cvmjourneys.channels;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three customers for the outbox tests, written fresh before every test (with their consents),
 * and times of day in the operator's zone, Madrid (UTC+1 in November).
 * Anna keeps the default quiet hours and consents to little; Bruno has his own quiet hours
 * (22:00–07:00) and service consent everywhere; Carla keeps a siesta (13:00–15:00).
 */
final class OutboxFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String ANNA = "CUST-810001";
    static final String BRUNO = "CUST-810002";
    static final String CARLA = "CUST-810003";
    static final List<String> CUSTOMERS = List.of(ANNA, BRUNO, CARLA);

    /** Today (or another day) at a time of day in Madrid. */
    static Instant at(String localTime) {
        return at(TODAY, localTime);
    }

    static Instant at(LocalDate day, String localTime) {
        return day.atTime(LocalTime.parse(localTime)).atZone(ZONE).toInstant();
    }

    /** Realistic values for every parameter of the templates. */
    static Map<String, String> parametersFor(String template) {
        return switch (template) {
            case "cancellation-confirmation" -> Map.of("customerName", "Bruno Nightingale", "cancellationDate", "30 November 2026");
            case "retention-offer-accepted" -> Map.of("customerName", "Bruno Nightingale", "offerName", "20% off for 12 months");
            case "tnps-survey" -> Map.of("customerName", "Bruno Nightingale", "journeyName", "your cancellation",
                    "surveyLink", "https://survey.example.org/t/8f3k2");
            case "winback-offer" -> Map.of("customerName", "Bruno Nightingale", "offerName", "three months free",
                    "validUntil", "31 December 2026");
            case "offer-reminder" -> Map.of("customerName", "Bruno Nightingale", "offerName", "three months free");
            case "device-upgrade-offer" -> Map.of("customerName", "Bruno Nightingale", "recommendedDeviceName", "Galaxy S25 Ultra",
                    "monthlyInstalment", "£52.00", "upgradeTerms", "an early-upgrade fee of £150",
                    "answerLink", "https://my.cvmjourneys.io/offers/0c6f3a52-c8a1-11f1-9d4e-02fc00000001");
            case "device-no-upgrade" -> Map.of("customerName", "Bruno Nightingale", "ineligibleReason",
                    "your device is less than a year into its lease; upgrades open after 12 months");
            case "device-repair" -> Map.of("customerName", "Bruno Nightingale", "currentDevice", "Galaxy Z Flip6",
                    "trackingNumber", "CVM4827163950");
            case "device-data-transfer" -> Map.of("customerName", "Bruno Nightingale", "orderedDeviceName", "Galaxy S25 Ultra");
            default -> throw new IllegalArgumentException(template);
        };
    }

    static void writeCustomers(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM cvm.delivered_message").update();
        jdbc.sql("DELETE FROM cvm.outbox_message").update();
        for (String table : List.of("contact_history", "consent", "customer")) {
            String column = table.equals("customer") ? "id" : "customer_id";
            jdbc.sql("DELETE FROM cvm." + table + " WHERE " + column + " IN (?, ?, ?)").params(CUSTOMERS).update();
        }
        customer(jdbc, ANNA, "Anna Lindqvist", "+34 600 810 001", "anna@example.org", null, null);
        customer(jdbc, BRUNO, "Bruno Nightingale", "+34 600 810 002", "bruno@example.org", "22:00", "07:00");
        customer(jdbc, CARLA, "Carla Ibarra", "+34 600 810 003", null, "13:00", "15:00");
        consent(jdbc, ANNA, "MARKETING", Channel.EMAIL, true);
        consent(jdbc, ANNA, "MARKETING", Channel.SMS, false);
        consent(jdbc, ANNA, "SERVICE", Channel.SMS, true);
        for (Channel channel : OutboundMessage.OUTBOUND_CHANNELS) {
            consent(jdbc, BRUNO, "SERVICE", channel, true);
        }
        consent(jdbc, BRUNO, "MARKETING", Channel.TELESALES, true);
        consent(jdbc, CARLA, "SERVICE", Channel.SMS, true);
    }

    static void withdrawConsent(JdbcClient jdbc, String customerId, String purpose, Channel channel) {
        jdbc.sql("UPDATE cvm.consent SET granted = FALSE WHERE customer_id = ? AND purpose = ? AND channel = ?")
                .params(customerId, purpose, channel.name())
                .update();
    }

    private static void consent(JdbcClient jdbc, String customerId, String purpose, Channel channel, boolean granted) {
        jdbc.sql("""
                        INSERT INTO cvm.consent (customer_id, purpose, channel, granted, decided_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(customerId, purpose, channel.name(), granted, at(TODAY.minusYears(1), "12:00").atOffset(ZoneOffset.UTC))
                .update();
    }

    private static void customer(JdbcClient jdbc, String id, String name, String phone, String email, String quietFrom,
                                 String quietUntil) {
        jdbc.sql("""
                        INSERT INTO cvm.customer (id, name, phone, email, type, segment, customer_since, clv, arpu, area_code,
                                                  vulnerable, quiet_from, quiet_until)
                        VALUES (?, ?, ?, ?, 'POSTPAID', 'MASS', ?, 900.00, 35.00, 'ZZ8', FALSE, ?, ?)""")
                .params(id, name, phone, email, TODAY.minusYears(3), quietFrom == null ? null : LocalTime.parse(quietFrom),
                        quietUntil == null ? null : LocalTime.parse(quietUntil))
                .update();
    }

    private OutboxFixture() {
    }
}
