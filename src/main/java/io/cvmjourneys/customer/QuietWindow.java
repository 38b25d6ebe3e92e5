package io.cvmjourneys.customer;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * A no-contact window in local time: start inclusive, end exclusive; it may wrap midnight
 * (21:00–08:00), and one that starts where it ends is empty.
 *
 * @param label how the window is named in reasons an agent reads
 */
public record QuietWindow(LocalTime from, LocalTime until, String label) {

    /** The customer's own window when they set a complete one, else the operator's default. */
    public static QuietWindow of(Customer customer, QuietWindow operatorDefault) {
        // half a window would be a guess
        return customer.quietFrom() != null && customer.quietUntil() != null
                ? new QuietWindow(customer.quietFrom(), customer.quietUntil(), "the customer's own quiet hours")
                : operatorDefault;
    }

    public boolean contains(LocalTime time) {
        if (from.isBefore(until)) {
            return !time.isBefore(from) && time.isBefore(until);
        }
        return from.isAfter(until) && (!time.isBefore(from) || time.isBefore(until));
    }

    /** When the window that holds the local time ends: today at {@code until}, or tomorrow when that has passed. */
    public ZonedDateTime endAfter(ZonedDateTime local) {
        ZonedDateTime end = local.with(until);
        return end.isAfter(local) ? end : end.plusDays(1);
    }

    @Override
    public String toString() {
        return label + " " + from + "–" + until;
    }
}
