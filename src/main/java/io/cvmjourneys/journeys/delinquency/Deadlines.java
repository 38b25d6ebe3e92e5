package io.cvmjourneys.journeys.delinquency;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

/**
 * When a date the customer was given has passed: the end of that day in the operator's zone plus a
 * grace (an ISO-8601 duration from a decision table). Days are calendar days of that zone, so a
 * grace of P3D ends at the same hour of the clock on either side of a change to or from summer time.
 */
final class Deadlines {

    private static final DatatypeFactory DURATIONS;

    static {
        try {
            DURATIONS = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Date endOfDayPlus(LocalDate day, String isoGrace, ZoneId zone) {
        return plus(day.plusDays(1).atStartOfDay(zone), isoGrace);
    }

    static Date plus(ZonedDateTime from, String isoDuration) {
        Duration duration = DURATIONS.newDuration(isoDuration);
        if (duration.getSign() < 0) {
            throw new IllegalArgumentException("A wait cannot be negative: " + isoDuration);
        }
        return Date.from(from.plusYears(duration.getYears()).plusMonths(duration.getMonths())
                .plusDays(duration.getDays()).plusHours(duration.getHours()).plusMinutes(duration.getMinutes())
                .plusSeconds(duration.getSeconds()).toInstant());
    }

    private Deadlines() {
    }
}
