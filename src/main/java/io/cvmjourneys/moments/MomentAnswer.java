package io.cvmjourneys.moments;

/**
 * What the intake did with a moment: started a journey, found the customer already in one, or
 * delivered the moment to the journey waiting for it.
 * The same event id always gets the same answer.
 */
public record MomentAnswer(String eventId, String journey, String processInstanceId, Status status) {

    public enum Status {
        /** A new journey started for the customer. */
        STARTED,
        /** The customer already is in a journey of this kind: nothing new started; the answer names it. */
        ALREADY_ACTIVE,
        /** The customer's journey was waiting for this moment and has it now. */
        CORRELATED
    }
}
