package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A customer's profile. {@code quietFrom}/{@code quietUntil} is the customer's own no-contact window
 * (local time, may wrap midnight); null means the operator's default applies.
 */
public record Customer(String id, String name, String phone, String email, CustomerType type, Segment segment,
                       LocalDate customerSince, BigDecimal clv, BigDecimal arpu, String areaCode, boolean vulnerable,
                       LocalTime quietFrom, LocalTime quietUntil) {
}
