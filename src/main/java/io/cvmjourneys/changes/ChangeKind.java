package io.cvmjourneys.changes;

/** What a change changes; the subject names the decision table's key or the program's id. */
public enum ChangeKind {
    DECISION_TABLE, PROGRAM_LAUNCH, PROGRAM_STOP,
    /** A new action of the catalog, or a changed definition of one; the subject is its id. */
    ACTION
}
