package io.cvmjourneys.channels;

import io.cvmjourneys.customer.Customer;
import io.cvmjourneys.customer.QuietWindow;
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
    private final QuietWindow operatorDefault;

    QuietHours(ChannelProperties properties, Clock clock) {
        this.zone = clock.getZone();
        this.operatorDefault = new QuietWindow(properties.quietFrom(), properties.quietUntil(), "the default quiet hours");
    }

    Optional<Hold> holdAt(Customer customer, MessageKind kind, Instant at) {
        QuietWindow window = QuietWindow.of(customer, operatorDefault);
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
}
