package io.cvmjourneys.models;

import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.nba.CatalogEntry;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An action of the catalog as the models page lists it: live or paused, who changed that last, when
 * (in the operator's zone) and why, and the step its review waits at if the action watch opened one.
 * A mandatory notice is always live: it cannot be paused.
 */
record ActionRow(String id, String name, String program, ActionKind kind, boolean paused, boolean mandatory,
                 String changedBy, ZonedDateTime changedAt, String changeReason, String reviewStep) {

    static ActionRow of(CatalogEntry entry, ZoneId zone, String reviewStep) {
        return new ActionRow(entry.action().id(), entry.action().name(), entry.action().program(), entry.action().kind(),
                entry.action().paused(), entry.action().isMandatory(), entry.changedBy(),
                entry.changedAt() == null ? null : entry.changedAt().atZone(zone), entry.changeReason(), reviewStep);
    }
}
