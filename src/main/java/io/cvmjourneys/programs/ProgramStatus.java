package io.cvmjourneys.programs;

import java.util.EnumSet;
import java.util.Set;

/** Where a program stands; only a live program's actions are proposed, apart from notices the law requires. */
public enum ProgramStatus {
    DRAFT, APPROVED, LIVE, PAUSED, RETIRED;

    /** The statuses a manager may move the program to from this one; retired is for good. */
    public Set<ProgramStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(APPROVED, RETIRED);
            case APPROVED -> EnumSet.of(LIVE, DRAFT, RETIRED);
            case LIVE -> EnumSet.of(PAUSED, RETIRED);
            case PAUSED -> EnumSet.of(LIVE, RETIRED);
            case RETIRED -> EnumSet.noneOf(ProgramStatus.class);
        };
    }
}
