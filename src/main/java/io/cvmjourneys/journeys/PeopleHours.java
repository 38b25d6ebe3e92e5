package io.cvmjourneys.journeys;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * When the people of the demo's past act (see {@link DemoJourneyHistory}), in the operator's zone:
 * teams work Monday to Saturday, 08:00 to 19:00; customers answer between 07:00 and 22:00. What
 * falls outside waits for the next opening, and a little after it: nobody acts on the stroke of eight.
 */
final class PeopleHours {

    private static final LocalTime TEAMS_START = LocalTime.of(8, 0);
    private static final LocalTime TEAMS_STOP = LocalTime.of(19, 0);
    private static final LocalTime CUSTOMERS_WAKE = LocalTime.of(7, 0);
    private static final LocalTime CUSTOMERS_SLEEP = LocalTime.of(22, 0);
    private static final int FIRST_MINUTES = 90;

    static Instant teamAt(Instant wanted, ZoneId zone, SplittableRandom random) {
        ZonedDateTime at = wanted.atZone(zone);
        if (at.getDayOfWeek() != DayOfWeek.SUNDAY && !at.toLocalTime().isBefore(TEAMS_START)
                && at.toLocalTime().isBefore(TEAMS_STOP)) {
            return wanted;
        }
        ZonedDateTime opening = at.with(TEAMS_START);
        if (!at.toLocalTime().isBefore(TEAMS_START)) {
            opening = opening.plusDays(1);
        }
        if (opening.getDayOfWeek() == DayOfWeek.SUNDAY) {
            opening = opening.plusDays(1);
        }
        return opening.plusMinutes(random.nextInt(FIRST_MINUTES)).toInstant();
    }

    static Instant customerAt(Instant wanted, ZoneId zone, SplittableRandom random) {
        ZonedDateTime at = wanted.atZone(zone);
        if (!at.toLocalTime().isBefore(CUSTOMERS_WAKE) && at.toLocalTime().isBefore(CUSTOMERS_SLEEP)) {
            return wanted;
        }
        ZonedDateTime waking = at.toLocalTime().isBefore(CUSTOMERS_WAKE) ? at.with(CUSTOMERS_WAKE)
                : at.with(CUSTOMERS_WAKE).plusDays(1);
        return waking.plusMinutes(random.nextInt(FIRST_MINUTES)).toInstant();
    }

    private PeopleHours() {
    }
}
