package io.cvmjourneys.journeys.roaming;

import io.cvmjourneys.customer.CustomerDirectory;
import io.cvmjourneys.moments.JourneyTrigger;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentField;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A trip abroad starts the roaming journey: booked ({@code TRAVEL_BOOKED}, {@code data.country} and
 * {@code data.departureOn}, today up to {@value #MAX_DAYS_AHEAD} days ahead) or begun
 * ({@code ROAMING_STARTED}, {@code data.country}: the network saw the line on a foreign network). A
 * landing while the journey of a booked trip waits for it goes on with that journey. Countries are ISO
 * 3166 codes; the operator's own country is not abroad.
 */
@Component
class TripAhead implements JourneyTrigger {

    static final String COUNTRY_FIELD = "country";
    static final String DEPARTURE_FIELD = "departureOn";
    static final String HOME_COUNTRY = "GB";
    static final int MAX_DAYS_AHEAD = 180;
    /** A booked trip whose landing has not come this many days after the departure day was not taken. */
    static final int LANDING_GRACE_DAYS = 2;
    static final int LONG_STAY_DAYS = 60;
    static final String LANDED = "Landed";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final CustomerDirectory customers;
    private final Clock clock;

    TripAhead(CustomerDirectory customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public String processId() {
        return RoamingVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.TRAVEL_BOOKED, MomentType.ROAMING_STARTED);
    }

    @Override
    public Optional<String> continuedBy(MomentType type) {
        return type == MomentType.ROAMING_STARTED ? Optional.of(LANDED) : Optional.empty();
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        MomentField country = MomentField.of(COUNTRY_FIELD, "Country (ISO code, e.g. ES, US)", MomentField.Kind.TEXT, true);
        return type == MomentType.TRAVEL_BOOKED
                ? List.of(country, MomentField.of(DEPARTURE_FIELD, "Departure day", MomentField.Kind.DATE, true))
                : List.of(country);
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(RoamingVariables.ROAMING_COUNTRY, RoamingVariables.COUNTRY_NAME, RoamingVariables.LONG_STAY_AT,
                RoamingVariables.TRIP_SPENT, RoamingVariables.PASS_ACTIVE, RoamingVariables.SPEND_WARNED,
                RoamingVariables.SPEND_CAPPED);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        if (customers.context(moment.customerId()).isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "customer " + moment.customerId() + " is not known", "customerId");
        }
        String country = country(moment);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(moment.occurredAt(), zone);
        Map<String, Object> variables = new HashMap<>();
        variables.put(RoamingVariables.ROAMING_COUNTRY, country);
        variables.put(RoamingVariables.COUNTRY_NAME, new Locale("", country).getDisplayCountry(Locale.ENGLISH));
        LocalDate abroadFrom = today;
        if (moment.type() == MomentType.TRAVEL_BOOKED) {
            abroadFrom = departure(moment, today);
            variables.put(RoamingVariables.DEPARTURE_ON, abroadFrom.toString());
            variables.put(RoamingVariables.TRIP_NOT_TAKEN_AT, startOf(abroadFrom.plusDays(LANDING_GRACE_DAYS), zone));
        }
        variables.put(RoamingVariables.LONG_STAY_AT, startOf(abroadFrom.plusDays(LONG_STAY_DAYS), zone));
        variables.put(RoamingVariables.TRIP_SPENT, 0.0);
        variables.put(RoamingVariables.PASS_ACTIVE, false);
        variables.put(RoamingVariables.SPEND_WARNED, false);
        variables.put(RoamingVariables.SPEND_CAPPED, false);
        return variables;
    }

    private static String country(Moment moment) {
        Object given = moment.data().get(COUNTRY_FIELD);
        if (!(given instanceof String code) || !COUNTRIES.contains(code) || code.equals(HOME_COUNTRY)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "data." + COUNTRY_FIELD + " must be the ISO 3166 code of a country"
                    + " abroad (two capital letters, e.g. ES or US; not " + HOME_COUNTRY + ")", "data." + COUNTRY_FIELD);
        }
        return code;
    }

    private static LocalDate departure(Moment moment, LocalDate today) {
        Object given = moment.data().get(DEPARTURE_FIELD);
        try {
            LocalDate departure = LocalDate.parse(String.valueOf(given));
            if (given instanceof String && !departure.isBefore(today) && !departure.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
                return departure;
            }
        } catch (DateTimeParseException notADate) {
            // refused below, with what a valid one looks like
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "data." + DEPARTURE_FIELD + " must be the departure day as an ISO date"
                + " (e.g. " + today.plusDays(14) + "), from today up to " + MAX_DAYS_AHEAD + " days ahead", "data." + DEPARTURE_FIELD);
    }

    private static Date startOf(LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
