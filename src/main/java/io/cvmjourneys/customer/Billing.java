package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the customer owes: the open balance of unpaid invoices, how many are overdue, and since when
 * ({@code daysDelinquent} counts from the oldest unpaid invoice's due date; 0 when nothing is overdue).
 */
public record Billing(BigDecimal openBalance, int overdueInvoices, int daysDelinquent, LocalDate oldestOverdueDueDate) {

    public static final Billing NOTHING_DUE = new Billing(BigDecimal.ZERO, 0, 0, null);

    public boolean isDelinquent() {
        return daysDelinquent > 0;
    }
}
