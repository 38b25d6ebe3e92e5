package io.cvmjourneys.channels;

import io.cvmjourneys.customer.Customer;
import io.cvmjourneys.customer.QuietWindow;
import io.cvmjourneys.nba.LeverSet;
import io.cvmjourneys.nba.Levers;
import java.time.Clock;
import java.time.Instant;
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
    private final Levers levers;

    QuietHours(Levers levers, Clock clock) {
        this.zone = clock.getZone();
        this.levers = levers;
    }

    /** Within the customer's own quiet hours, or else the default ones of the levers in force at the time. */
    Optional<Hold> holdAt(Customer customer, MessageKind kind, Instant at) {
        LeverSet inForce = levers.at(at).levers();
        QuietWindow window = QuietWindow.of(customer, inForce.defaultQuietHours());
        ZonedDateTime local = at.atZone(zone);
        if (!kind.waitsOutQuietHours() || !window.contains(local.toLocalTime())) {
            return Optional.empty();
        }
        ZonedDateTime end = window.endAfter(local);
        return Optional.of(new Hold(end.toInstant(), "Within " + window + " (" + zone + "): held until "
                + end.toLocalDate() + " " + end.toLocalTime()));
    }
}
