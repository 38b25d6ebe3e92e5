package io.cvmjourneys.changes;

/** Where a change stands; NOT_APPLIED: approved, but it could no longer be applied when its day came. */
public enum ChangeStatus {
    UNDER_WAY, LIVE, WITHDRAWN, NOT_APPLIED
}
