package io.cvmjourneys.journeys.delinquency;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/** When a date the customer was given has passed: the end of that day plus a grace (an ISO-8601 duration from a decision table). */
final class Deadlines {

    private static final DatatypeFactory DURATIONS;

    static {
        try {
            DURATIONS = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Date endOfDayPlus(LocalDate day, String isoGrace) {
        Date endOfDay = Date.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return plus(endOfDay, isoGrace);
    }

    static Date plus(Date from, String isoDuration) {
        Date result = (Date) from.clone();
        DURATIONS.newDuration(isoDuration).addTo(result);
        return result;
    }

    private Deadlines() {
    }
}
