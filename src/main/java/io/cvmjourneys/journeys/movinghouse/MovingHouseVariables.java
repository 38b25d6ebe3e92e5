package io.cvmjourneys.journeys.movinghouse;

import io.cvmjourneys.customer.Address;
import io.cvmjourneys.engine.JourneySteps;
import io.cvmjourneys.moments.Tnps;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Process variables of the moving-house journey (forms and decision tables use the same names). */
public final class MovingHouseVariables {

    public static final String PROCESS_ID = "moving-house";

    // The move, from the MOVE_REQUESTED moment.
    public static final String NEW_STREET = "newStreet";
    public static final String NEW_HOUSE_NUMBER = "newHouseNumber";
    public static final String NEW_POSTCODE = "newPostcode";
    public static final String NEW_CITY = "newCity";
    /** The new address on one line, for people. */
    public static final String NEW_ADDRESS = "newAddress";
    /** ISO date, e.g. 2026-12-05. */
    public static final String MOVE_DATE = "moveDate";
    /** When the move day begins, midnight in the operator's zone: a customer leaving us stops being served then. */
    public static final String MOVE_DAY_STARTS_AT = "moveDayStartsAt";

    // The serviceability check (${checkServiceability}) and the service option decision.
    public static final String CURRENT_ADDRESS = "currentAddress";
    /** A technology of the network inventory, or NO_HOME_CONNECTION. */
    public static final String CURRENT_TECHNOLOGY = "currentTechnology";
    /** A customer without a home connection yet (mobile only). */
    public static final String NO_HOME_CONNECTION = "NONE";
    public static final String CURRENT_MONTHLY_FEE = "currentMonthlyFee";
    public static final String AVAILABLE_TECHNOLOGIES = "availableTechnologies";
    public static final String CURRENT_TECHNOLOGY_AVAILABLE = "currentTechnologyAvailable";
    public static final String FIBRE_AVAILABLE = "fibreAvailable";
    public static final String FIXED_WIRELESS_AVAILABLE = "fixedWirelessAvailable";
    public static final String MOBILE_BROADBAND_AVAILABLE = "mobileBroadbandAvailable";
    /** TRANSFER, UPGRADE, ALTERNATIVE or NOT_SERVICEABLE. */
    public static final String SERVICE_OPTION = "serviceOption";
    /** The technology at the new address; null keeps the current one. */
    public static final String NEW_TECHNOLOGY = "newTechnology";
    public static final String NEW_MONTHLY_FEE = "newMonthlyFee";
    public static final String PRICE_DIFFERENCE = "priceDifference";
    /** Not serviceable: whether the customer takes the alternative instead of leaving penalty-free. */
    public static final String ALTERNATIVE_ACCEPTED = "alternativeAccepted";

    // Scheduling the installation (the agent's form).
    /** ISO date. */
    public static final String INSTALLATION_DATE = "installationDate";
    /** MORNING, AFTERNOON or EVENING. */
    public static final String INSTALLATION_SLOT = "installationSlot";
    public static final String CONTACT_ON_THE_DAY = "contactOnTheDay";
    /** Whether the customer took the add-on the next-best-action engine proposed. */
    public static final String ADD_ON_ACCEPTED = "addOnAccepted";
    public static final String INSTALLATION_REMINDER_AT = "installationReminderAt";
    public static final String INSTALLATION_DEADLINE = "installationDeadline";

    // A late installation.
    public static final String APOLOGY_CREDIT = "apologyCredit";
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    // Activation: the KPIs.
    /** ISO date the service went live at the new address; billing moved on this day. */
    public static final String ACTIVATION_DATE = "activationDate";
    /** Days from the move date to activation (negative: live before the customer moved in). */
    public static final String DAYS_MOVE_TO_ACTIVATION = "daysMoveToActivation";
    /** Days the customer lived at the new address without service. */
    public static final String DISRUPTION_DAYS = "disruptionDays";
    public static final String SURVEY_SCORE = Tnps.SURVEY_SCORE;

    static final String RECORDED_BY = "journey " + PROCESS_ID;

    /** The address the customer moves to, as the journey holds it. */
    static Address newAddress(DelegateExecution execution) {
        return new Address(JourneySteps.required(execution, NEW_STREET), JourneySteps.required(execution, NEW_HOUSE_NUMBER),
                JourneySteps.required(execution, NEW_POSTCODE), JourneySteps.required(execution, NEW_CITY));
    }

    static LocalDate moveDate(DelegateExecution execution) {
        return LocalDate.parse(JourneySteps.required(execution, MOVE_DATE));
    }

    private MovingHouseVariables() {
    }
}
