package io.cvmjourneys.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How contract customers are billed: every bill is issued on the first of the month and charges
 * the month ahead; the first bill also charges the days of the month the contract began in.
 */
public final class BillingCycle {

    /** The first bill issued after the given day. */
    public static LocalDate nextBillDay(LocalDate day) {
        return day.withDayOfMonth(1).plusMonths(1);
    }

    /** The days the first bill charges before its month: from the start day to the month's end. */
    public static int startingDays(LocalDate start) {
        return start.lengthOfMonth() - start.getDayOfMonth() + 1;
    }

    /** What those days cost: the monthly fee shared out over the days of that month. */
    public static BigDecimal startingDaysCharge(BigDecimal monthlyFee, LocalDate start) {
        return monthlyFee.multiply(BigDecimal.valueOf(startingDays(start)))
                .divide(BigDecimal.valueOf(start.lengthOfMonth()), 2, RoundingMode.HALF_UP);
    }

    private BillingCycle() {
    }
}
