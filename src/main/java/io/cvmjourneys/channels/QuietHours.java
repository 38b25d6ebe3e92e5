package io.cvmjourneys.channels;

import io.cvmjourneys.customer.Customer;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Commercial and service messages wait out the customer's quiet hours: the customer's own window
 * when they set one, else the operator's default. Windows are local time in the operator's zone,
 * start inclusive, end exclusive, and may wrap midnight (21:00–08:00).
 */
@Component
class QuietHours {

    /** A message held back until the window ends, and why in words an agent can read. */
    record Hold(Instant until, String reason) {
    }

    private final ZoneId zone;
    private final Window operatorDefault;

    QuietHours(ChannelProperties properties) {
        this.zone = properties.zone();
        this.operatorDefault = new Window(properties.quietFrom(), properties.quietUntil(), "the default quiet hours");
    }

    Optional<Hold> holdAt(Customer customer, MessageKind kind, Instant at) {
        Window window = windowOf(customer);
        ZonedDateTime local = at.atZone(zone);
        if (!kind.waitsOutQuietHours() || !window.contains(local.toLocalTime())) {
            return Optional.empty();
        }
        ZonedDateTime end = local.with(window.until());
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return Optional.of(new Hold(end.toInstant(), "Within " + window + " (" + zone + "): held until "
                + end.toLocalDate() + " " + end.toLocalTime()));
    }

    private Window windowOf(Customer customer) {
        // half a window would be a guess: the customer's own counts only when complete
        if (customer.quietFrom() != null && customer.quietUntil() != null) {
            return new Window(customer.quietFrom(), customer.quietUntil(), "the customer's own quiet hours");
        }
        return operatorDefault;
    }

    private record Window(LocalTime from, LocalTime until, String label) {

        boolean contains(LocalTime time) {
            boolean afterStart = !time.isBefore(from);
            boolean beforeEnd = time.isBefore(until);
            // from == until is an empty window
            return from.isBefore(until) ? afterStart && beforeEnd : from.isAfter(until) && (afterStart || beforeEnd);
        }

        @Override
        public String toString() {
            return label + " " + from + "–" + until;
        }
    }
}
