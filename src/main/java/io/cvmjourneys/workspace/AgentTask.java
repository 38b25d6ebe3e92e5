package io.cvmjourneys.workspace;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A journey task as a queue row shows it. {@code customerId} is the journey's business key,
 * {@code customerName} the name the journey assessed (null before that step).
 */
record AgentTask(String id, String name, String journey, String customerId, String customerName, Instant created, Instant due, int priority,
                 String assignee, boolean overdue, ZoneId zone) {

    /** Priority the engine gives escalated tasks and above: shown as urgent. */
    static final int URGENT_PRIORITY = 75;

    /** The due time as the operator's teams read it, in the operator's zone. */
    public ZonedDateTime dueAt() {
        return due == null ? null : due.atZone(zone);
    }

    public boolean isUrgent() {
        return priority >= URGENT_PRIORITY;
    }

    public boolean isAssignedTo(String userId) {
        return userId.equals(assignee);
    }
}
