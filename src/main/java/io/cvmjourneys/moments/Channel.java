package io.cvmjourneys.moments;

/** Where a moment happened or where the customer is reached. */
public enum Channel {
    CALL_CENTER,
    STORE,
    APP,
    WEB,
    SMS,
    EMAIL,
    PUSH,
    TELESALES
}
