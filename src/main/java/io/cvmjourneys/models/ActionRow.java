package io.cvmjourneys.models;

import io.cvmjourneys.nba.ActionKind;
import io.cvmjourneys.nba.CatalogEntry;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An action of the catalog as the models page lists it: live or paused, and who changed that last,
 * when (in the operator's zone) and why.
 */
record ActionRow(String id, String name, String program, ActionKind kind, boolean paused, String changedBy,
                 ZonedDateTime changedAt, String changeReason) {

    // English whatever the browser asks for, like every text of the product; Locale.UK would write "Sept"
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    static ActionRow of(CatalogEntry entry, ZoneId zone) {
        return new ActionRow(entry.action().id(), entry.action().name(), entry.action().program(), entry.action().kind(),
                entry.action().paused(), entry.changedBy(), entry.changedAt() == null ? null : entry.changedAt().atZone(zone),
                entry.changeReason());
    }

    /** E.g. "1 Dec 2026, 09:56"; null while nobody has paused or resumed the action. */
    public String changedAtText() {
        return changedAt == null ? null : READABLE.format(changedAt);
    }
}
