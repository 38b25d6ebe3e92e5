package io.cvmjourneys.journeys.outage;

import io.cvmjourneys.moments.Tnps;

/** The service outage journey's variables, named as bpmn/service-outage.bpmn and its tables read them. */
public final class OutageVariables {

    public static final String PROCESS_ID = "service-outage";

    /** The incident: its id, kind ({@link IncidentKind}), title as the network wrote it, area and start (ISO instant). */
    public static final String INCIDENT_ID = "incidentId";
    public static final String INCIDENT_KIND = "incidentKind";
    public static final String INCIDENT_TITLE = "incidentTitle";
    public static final String AREA_CODE = "areaCode";
    public static final String INCIDENT_STARTED_AT = "incidentStartedAt";
    /** When the network expects the fix, as the customer reads it ("4 December, 18:00"). */
    public static final String EXPECTED_FIX = "expectedFix";
    /** When the customer next hears that the fix takes longer (ISO instant, the timer's date); how often they heard so. */
    public static final String NEXT_UPDATE_AT = "nextUpdateAt";
    public static final String UPDATES_SENT = "outageUpdatesSent";

    /** The channel that still reaches the customer during this kind of outage (dmn/outage-notice.dmn). */
    public static final String NOTICE_CHANNEL = "noticeChannel";

    /** When the network fixed it (ISO instant) and the hours the customer was without full service. */
    public static final String RESTORED_AT = "restoredAt";
    public static final String HOURS_WITHOUT_SERVICE = "hoursWithoutService";

    /** The apology (dmn/outage-apology.dmn): the credit on the next bill (0: none) and whether an agent calls. */
    public static final String APOLOGY_CREDIT = "apologyCredit";
    public static final String APOLOGY_CALL = "apologyCall";
    /** APOLOGISED, STILL_PROBLEMS or NO_ANSWER, from the apology call's form. */
    public static final String APOLOGY_CALL_RESULT = "apologyCallResult";

    public static final String SURVEY_SCORE = Tnps.SURVEY_SCORE;

    private OutageVariables() {
    }
}
