package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.customer.Address;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A customer reports a move: {@code data.newAddress} ({@code street}, {@code houseNumber},
 * {@code postcode}, {@code city}) and {@code data.moveDate} (ISO date, from the day of the moment up
 * to {@value #MAX_DAYS_AHEAD} days ahead) start the moving-house journey.
 */
@Component
class MoveRequested implements JourneyTrigger {

    static final int MAX_DAYS_AHEAD = 180;
    private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ]{1,8}[A-Za-z0-9]");

    private final ZoneId zone;

    MoveRequested(Clock clock) {
        this.zone = clock.getZone();
    }

    @Override
    public String processId() {
        return MovingHouseVariables.PROCESS_ID;
    }

    @Override
    public Set<MomentType> startedBy() {
        return Set.of(MomentType.MOVE_REQUESTED);
    }

    @Override
    public List<MomentField> dataFields(MomentType type) {
        return List.of(MomentField.of("newAddress.street", "New address: street", MomentField.Kind.TEXT, true),
                MomentField.of("newAddress.houseNumber", "House number", MomentField.Kind.TEXT, true),
                MomentField.of("newAddress.postcode", "Postcode", MomentField.Kind.TEXT, true),
                MomentField.of("newAddress.city", "City", MomentField.Kind.TEXT, true),
                MomentField.of("moveDate", "Move date", MomentField.Kind.DATE, true));
    }

    @Override
    public Set<String> requiredStartVariables() {
        return Set.of(MovingHouseVariables.NEW_STREET, MovingHouseVariables.NEW_HOUSE_NUMBER,
                MovingHouseVariables.NEW_POSTCODE, MovingHouseVariables.NEW_CITY, MovingHouseVariables.NEW_ADDRESS,
                MovingHouseVariables.MOVE_DATE, MovingHouseVariables.MOVE_DAY_STARTS_AT);
    }

    @Override
    public Map<String, Object> startVariables(Moment moment) {
        if (!(moment.data().get("newAddress") instanceof Map<?, ?> address)) {
            throw bad("data.newAddress is required: {\"street\", \"houseNumber\", \"postcode\", \"city\"}", "data.newAddress");
        }
        String postcode = text(address, "postcode", 10);
        if (!POSTCODE.matcher(postcode).matches()) {
            throw bad("data.newAddress.postcode '" + postcode + "' is not a postcode", "data.newAddress.postcode");
        }
        Address to = new Address(text(address, "street", 200), text(address, "houseNumber", 10), postcode,
                text(address, "city", 100));
        LocalDate moveDate = moveDate(moment);
        return Map.of(MovingHouseVariables.NEW_STREET, to.street(), MovingHouseVariables.NEW_HOUSE_NUMBER, to.houseNumber(),
                MovingHouseVariables.NEW_POSTCODE, to.postcode(), MovingHouseVariables.NEW_CITY, to.city(),
                MovingHouseVariables.NEW_ADDRESS, to.oneLine(), MovingHouseVariables.MOVE_DATE, moveDate.toString(),
                MovingHouseVariables.MOVE_DAY_STARTS_AT, Date.from(moveDate.atStartOfDay(zone).toInstant()));
    }

    private LocalDate moveDate(Moment moment) {
        Object stated = moment.data().get("moveDate");
        LocalDate reported = LocalDate.ofInstant(moment.occurredAt(), zone);
        try {
            LocalDate moveDate = LocalDate.parse(String.valueOf(stated));
            if (moveDate.isBefore(reported) || moveDate.isAfter(reported.plusDays(MAX_DAYS_AHEAD))) {
                throw bad("data.moveDate " + moveDate + " must be from " + reported + " to " + reported.plusDays(MAX_DAYS_AHEAD),
                        "data.moveDate");
            }
            return moveDate;
        } catch (DateTimeParseException e) {
            throw bad("data.moveDate is required as an ISO date, e.g. " + reported.plusDays(14), "data.moveDate");
        }
    }

    private static String text(Map<?, ?> address, String field, int maxLength) {
        if (!(address.get(field) instanceof String value) || value.isBlank() || value.strip().length() > maxLength) {
            throw bad("data.newAddress." + field + " is required, at most " + maxLength + " characters",
                    "data.newAddress." + field);
        }
        return value.strip();
    }

    private static ApiException bad(String message, String field) {
        return new ApiException(HttpStatus.BAD_REQUEST, message, field);
    }
}
