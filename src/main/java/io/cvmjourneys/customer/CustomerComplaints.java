package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Optional;

/** Complaints as the CX feedback loop files, triages and resolves them. */
public interface CustomerComplaints {

    /**
     * How often an action (or a program's actions) drew complaints: complaints linked to it per 1,000
     * times it reached a customer. Without a recorded delivery the rate is unknown, never zero: an
     * action that drew complaints but shows no deliveries is not the best one, it is one to look at.
     */
    record ComplaintRate(String subject, long complaints, long deliveries) {

        /** Unknown rates first (they need a look), then the highest rate, then by name. */
        public static final Comparator<ComplaintRate> WORST_FIRST = Comparator
                .comparing((ComplaintRate rate) -> rate.perThousand().isPresent())
                .thenComparing(rate -> -rate.perThousand().orElse(0))
                .thenComparing(ComplaintRate::subject);

        /** Per 1,000 deliveries, to one decimal; empty when no delivery is recorded. */
        public OptionalDouble perThousand() {
            return deliveries == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.round(complaints * 10000.0 / deliveries) / 10.0);
        }

        /** As a person reads it: "2.5", or "–" when the rate is unknown. */
        public String perThousandText() {
            OptionalDouble rate = perThousand();
            return rate.isPresent() ? String.format(Locale.ROOT, "%.1f", rate.getAsDouble()) : "–";
        }
    }

    /** Files an open complaint under the given id; filing the same id again changes nothing. */
    void file(String complaintId, String customerId, Channel channel, String category, String summary, Instant filedAt);

    /** The last CVM action that reached the customer since then: the first suspect for a complaint. */
    Optional<String> lastActionReceived(String customerId, Instant since);

    void triage(String complaintId, String category, String severity, String rootCause, String linkedActionId,
                String linkedProgram);

    void resolve(String complaintId, Instant resolvedAt);

    /** Complaints linked to the action, and its deliveries, since then. */
    ComplaintRate complaintRate(String actionId, Instant since);

    /** Complaints linked to the action, and its deliveries, from (inclusive) until (exclusive). */
    ComplaintRate complaintRate(String actionId, Instant from, Instant until);
}
