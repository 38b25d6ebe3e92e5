package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Rows of the customer tables as the module's records; both directions of the time types in one place. */
final class CustomerRows {

    static Customer customer(ResultSet row, int rowNumber) throws SQLException {
        return new Customer(row.getString("id"), row.getString("name"), row.getString("phone"), row.getString("email"),
                CustomerType.valueOf(row.getString("type")), Segment.valueOf(row.getString("segment")),
                row.getObject("customer_since", LocalDate.class), row.getBigDecimal("clv"), row.getBigDecimal("arpu"),
                row.getString("area_code"), row.getBoolean("vulnerable"),
                row.getObject("quiet_from", LocalTime.class), row.getObject("quiet_until", LocalTime.class));
    }

    static CustomerSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new CustomerSummary(row.getString("id"), row.getString("name"), row.getString("phone"),
                CustomerType.valueOf(row.getString("type")), Segment.valueOf(row.getString("segment")));
    }

    static Subscription subscription(ResultSet row, int rowNumber) throws SQLException {
        return new Subscription(row.getString("id"), row.getString("product_type"), row.getString("plan"),
                row.getString("technology"), row.getBigDecimal("monthly_fee"),
                row.getObject("contract_end", LocalDate.class), row.getString("device_model"),
                row.getObject("device_lease_end", LocalDate.class));
    }

    static Incident incident(ResultSet row, int rowNumber) throws SQLException {
        return new Incident(row.getString("id"), row.getString("area_code"), row.getString("kind"), row.getString("title"),
                instant(row, "started_at"));
    }

    static Contact contact(ResultSet row, int rowNumber) throws SQLException {
        return new Contact(Channel.valueOf(row.getString("channel")), row.getString("action_id"),
                row.getString("decision_id"), instant(row, "contacted_at"));
    }

    static Consent consent(ResultSet row, int rowNumber) throws SQLException {
        return new Consent(ConsentPurpose.valueOf(row.getString("purpose")), Channel.valueOf(row.getString("channel")));
    }

    static Complaint complaint(ResultSet row, int rowNumber) throws SQLException {
        return new Complaint(row.getString("id"), Channel.valueOf(row.getString("channel")), row.getString("category"),
                row.getString("summary"), instant(row, "filed_at"), instant(row, "resolved_at"));
    }

    /** Timestamps travel as OffsetDateTime: both drivers map it to TIMESTAMP WITH TIME ZONE, neither takes Instant. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private CustomerRows() {
    }
}
