package io.cvmjourneys.workspace;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A journey task as a queue row shows it. {@code customerId} is the journey's business key,
 * {@code customerName} the name the journey assessed (null before that step). Work about something
 * else than a customer (a program's review, a learning) has a business key "process:subject": no
 * customer, and {@code subject} says what it is about.
 */
record AgentTask(String id, String name, String journey, String customerId, String customerName, String subject,
                 Instant created, Instant due, int priority, String assignee, boolean overdue, ZoneId zone) {

    /** The customer a business key names; null for other work ("process:subject"). */
    static String customerOf(String businessKey) {
        return businessKey == null || businessKey.indexOf(':') >= 0 ? null : businessKey;
    }

    /** What other work's business key ("process:subject") is about; null for a customer's journey. */
    static String subjectOf(String businessKey) {
        return businessKey == null || businessKey.indexOf(':') < 0 ? null : businessKey.substring(businessKey.indexOf(':') + 1);
    }

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
