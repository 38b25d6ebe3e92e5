package io.cvmjourneys.nba;

import static io.cvmjourneys.customer.Subscription.BROADBAND;
import static io.cvmjourneys.customer.Subscription.MOBILE;

import io.cvmjourneys.customer.CustomerContext;
import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.MomentType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the candidate table reads, named as its input expressions name them. Built from the
 * customer's context for a live decision; rebuilt from a logged decision's context summary for a
 * replay of decisions logged before the log kept the inputs themselves.
 */
record TableInputs(String moment, String channel, String journeyStep, String customerType, String segment,
                   int tenureMonths, int daysToContractEnd, int daysToLeaseEnd, int daysDelinquent,
                   boolean outageInArea, boolean complaintOpen, int daysSinceComplaintResolved, int mobileLines,
                   int homeConnections) {

    /** What the table sees for "no contract" or "no lease": far beyond any window a rule asks about. */
    static final int NONE_AHEAD = 9999;

    /** What the table sees for "no complaint resolved lately": far beyond any window a rule asks about. */
    static final int NONE_BEHIND = 9999;

    /** @param now the moment of the decision, in the operator's zone */
    static TableInputs of(CustomerContext context, MomentType moment, Channel channel, String journeyStep,
                          ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        return new TableInputs(moment.name(), channel.name(), journeyStep == null ? "" : journeyStep,
                context.customer().type().name(), context.customer().segment().name(),
                (int) context.tenureMonths(today),
                context.daysToContractEnd(today).map(Long::intValue).orElse(NONE_AHEAD),
                context.daysToDeviceLeaseEnd(today).map(Long::intValue).orElse(NONE_AHEAD),
                context.billing().daysDelinquent(), !context.openIncidentsInArea().isEmpty(),
                context.hasOpenComplaint(),
                context.lastComplaintResolvedAt()
                        .map(resolved -> (int) ChronoUnit.DAYS.between(resolved.atZone(now.getZone()).toLocalDate(), today))
                        .orElse(NONE_BEHIND),
                context.linesOf(MOBILE), context.linesOf(BROADBAND));
    }

    /**
     * From a decision log row: its moment, channel and step, and the context summary written with it.
     * Summaries written before they kept resolved complaints and product holdings read as no
     * complaint resolved lately and one product of the customer's own kind.
     */
    static TableInputs fromSummary(Map<String, Object> summary, String moment, String channel, String journeyStep) {
        String type = (String) summary.get("type");
        return new TableInputs(moment, channel, journeyStep == null ? "" : journeyStep,
                type, (String) summary.get("segment"),
                number(summary, "tenureMonths", 0), number(summary, "daysToContractEnd", NONE_AHEAD),
                number(summary, "daysToLeaseEnd", NONE_AHEAD), number(summary, "daysDelinquent", 0),
                number(summary, "openIncidentsInArea", 0) > 0, Boolean.TRUE.equals(summary.get("openComplaint")),
                number(summary, "daysSinceComplaintResolved", NONE_BEHIND),
                number(summary, "mobileLines", "HOME".equals(type) ? 0 : 1),
                number(summary, "homeConnections", "HOME".equals(type) ? 1 : 0));
    }

    /**
     * Logged inputs as the table of today reads them: a decision logged before an input existed gets
     * that input as {@link #fromSummary} would rebuild it.
     */
    static Map<String, Object> completed(Map<String, Object> logged, Map<String, Object> summary) {
        Map<String, Object> inputs = fromSummary(summary, (String) logged.get("moment"), (String) logged.get("channel"),
                (String) logged.get("journeyStep")).asMap();
        inputs.putAll(logged);
        return inputs;
    }

    Map<String, Object> asMap() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("moment", moment);
        facts.put("channel", channel);
        facts.put("journeyStep", journeyStep);
        facts.put("customerType", customerType);
        facts.put("segment", segment);
        facts.put("tenureMonths", tenureMonths);
        facts.put("daysToContractEnd", daysToContractEnd);
        facts.put("daysToLeaseEnd", daysToLeaseEnd);
        facts.put("daysDelinquent", daysDelinquent);
        facts.put("outageInArea", outageInArea);
        facts.put("complaintOpen", complaintOpen);
        facts.put("daysSinceComplaintResolved", daysSinceComplaintResolved);
        facts.put("mobileLines", mobileLines);
        facts.put("homeConnections", homeConnections);
        return facts;
    }

    /** The summary writes "none" as null (no contract, no lease, no complaint resolved lately). */
    private static int number(Map<String, Object> summary, String key, int none) {
        Object value = summary.get(key);
        return value == null ? none : ((Number) value).intValue();
    }
}
