package io.cvmjourneys.customer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The network's incidents (outages, degradations, planned works) per area, as the network reports
 * them: while one is open in a customer's area, the customer's context shows it.
 */
public interface ServiceIncidents {

    /**
     * Records a reported incident and when the network expects the fix (null when it did not say);
     * one reported before under the same id is kept as it is.
     */
    RecordedIncident record(Incident incident, Instant expectedFixAt);

    Optional<RecordedIncident> find(String incidentId);

    /** The incidents open at {@code at}, the oldest first. */
    List<RecordedIncident> openAt(Instant at);

    /** Marks the incident fixed at {@code at}; false when it was fixed already. */
    boolean resolve(String incidentId, Instant at);

    /** The customers of the area with a subscription of one of the product types, in id order. */
    List<String> customersWith(String areaCode, Set<String> productTypes);

    /** An incident, when the network expects the fix (null: it did not say), and when it was fixed (null while it is open). */
    record RecordedIncident(Incident incident, Instant expectedFixAt, Instant resolvedAt) {

        /** Started by {@code at} and not fixed by then. */
        public boolean openAt(Instant at) {
            return !incident.startedAt().isAfter(at) && (resolvedAt == null || resolvedAt.isAfter(at));
        }
    }
}
