package io.cvmjourneys.journeys.roaming;

/** The roaming journey's variables, named as bpmn/roaming.bpmn and its tables read them. */
public final class RoamingVariables {

    public static final String PROCESS_ID = "roaming";
    /** The program its actions and KPIs belong to. */
    public static final String PROGRAM = PROCESS_ID;

    /** Where the customer travels: the ISO 3166 country code and its name. */
    public static final String ROAMING_COUNTRY = "roamingCountry";
    public static final String COUNTRY_NAME = "countryName";
    /** A booked trip: the departure day (ISO date) and when the journey stops waiting for the landing. */
    public static final String DEPARTURE_ON = "departureOn";
    public static final String TRIP_NOT_TAKEN_AT = "tripNotTakenAt";
    /** When a trip without a return counts as a long stay abroad. */
    public static final String LONG_STAY_AT = "longStayAt";

    /** From the tariff table: the zone, the pass for it (NONE where the line roams like at home), its terms, the spending cap. */
    public static final String ROAMING_ZONE = "roamingZone";
    public static final String ROAMING_PASS = "roamingPass";
    public static final String PASS_PRICE = "passPrice";
    public static final String PASS_DAYS = "passDays";
    public static final String PASS_DATA_GB = "passDataGb";
    public static final String SPEND_CAP = "spendCap";

    /** The customer's answer to the pass offer; whether a pass is on the line. */
    public static final String PASS_RESPONSE = "roamingPassResponse";
    public static final String PASS_ACTIVE = "passActive";
    /** What the network reported spent abroad on this trip so far, beyond any pass; the warning and the cap. */
    public static final String TRIP_SPENT = "tripSpent";
    public static final String SPEND_WARNED = "spendWarned";
    public static final String SPEND_CAPPED = "spendCapped";

    private RoamingVariables() {
    }
}
