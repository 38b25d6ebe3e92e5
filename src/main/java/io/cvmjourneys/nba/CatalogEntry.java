package io.cvmjourneys.nba;

import java.time.Instant;

/**
 * An action of the catalog with its last pause or resume: who changed it (a CVM manager, or the
 * complaint review that paused it), when and why. All three are null while nobody has changed it.
 */
public record CatalogEntry(Action action, String changedBy, Instant changedAt, String changeReason) {
}
