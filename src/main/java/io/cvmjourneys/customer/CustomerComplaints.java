package io.cvmjourneys.customer;

import io.cvmjourneys.moments.Channel;
import java.time.Instant;
import java.util.Optional;

/** Complaints as the CX feedback loop files, triages and resolves them. */
public interface CustomerComplaints {

    /** How often an action drew complaints: complaints linked to it per 1,000 times it reached a customer. */
    record ComplaintRate(String actionId, long complaints, long deliveries) {

        public double perThousandDeliveries() {
            return deliveries == 0 ? 0 : complaints * 1000.0 / deliveries;
        }
    }

    /** Files an open complaint under the given id; filing the same id again changes nothing. */
    void file(String complaintId, String customerId, Channel channel, String category, String summary, Instant filedAt);

    /** The last CVM action that reached the customer since then: the first suspect for a complaint. */
    Optional<String> lastActionReceived(String customerId, Instant since);

    void triage(String complaintId, String category, String severity, String rootCause, String linkedActionId,
                String linkedProgram);

    void resolve(String complaintId, Instant resolvedAt);

    ComplaintRate complaintRate(String actionId, Instant since);
}
