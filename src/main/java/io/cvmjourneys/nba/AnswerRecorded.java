package io.cvmjourneys.nba;

/**
 * What recording a customer's answer did: the first answer to an offer is NEW (and the contact it
 * was); the same answer again is UNCHANGED (a second click counts nothing); another answer CORRECTS
 * the first and says what it was.
 */
public record AnswerRecorded(String decisionId, String actionId, Outcome outcome, Outcome previous, Change change) {

    public enum Change { NEW, UNCHANGED, CORRECTED }
}
